import { openProcessBackend } from './openProcessBackend';
import { serveBackend } from './serveBackend';

/** The part of Electron's `process.parentPort` the back end uses; declared here because the back end never imports electron. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

/**
 * Main file of the back-end process: Electron starts it with `utilityProcess.fork` (dist/electron/backend.cjs),
 * and it answers the main process over `process.parentPort`. PDFs, workbooks and signing run on its worker threads.
 */
const parentPort = (process as { parentPort?: ElectronParentPort }).parentPort;
if (!parentPort) throw new Error('backendProcessEntry runs only as an Electron utility process.');

serveBackend(
  {
    send: (message) => parentPort.postMessage(message),
    onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
  },
  openProcessBackend,
);

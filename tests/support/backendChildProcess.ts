import type { Dispatch } from '../../electron/backend/api/dispatch';
import { openProcessBackend } from '../../electron/backend/process/openProcessBackend';
import { serveBackend } from '../../electron/backend/process/serveBackend';

/**
 * A Node child process standing in for Electron's utility process: the real back end behind the real
 * serveBackend, talking over the child's IPC channel instead of parentPort. `fixture.hang` never answers,
 * so a test can end the process in the middle of a call.
 */
const send = process.send?.bind(process);
if (!send) throw new Error('Start this file with child_process.fork.');

serveBackend({ send: (message) => send(message), onMessage: (listener) => process.on('message', listener) }, async (start) => {
  const backend = await openProcessBackend(start);
  const dispatch: Dispatch = (method, input) => (method === 'fixture.hang' ? new Promise(() => {}) : backend.dispatch(method, input));
  return { dispatch, close: backend.close };
});

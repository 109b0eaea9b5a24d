import type { ApiResult } from '../../shared/contract';
import type { Dispatch } from '../api/dispatch';
import { describeStartupFailure } from '../startupFailure';
import { processMessages } from './messages';
import { isToBackend } from './processProtocol';
import type { BackendStart, FromBackend } from './processProtocol';

/** The back-end process's end of the link to the main process (Electron's parentPort, or a stand-in in tests). */
export interface ParentLink {
  send(message: FromBackend): void;
  onMessage(listener: (message: unknown) => void): void;
}

export interface OpenedBackend {
  dispatch: Dispatch;
  /** Checkpoints the WAL and closes the store. */
  close(): void;
}

const unavailable = (message: string): ApiResult<never> => ({ ok: false, error: { code: 'UNAVAILABLE', message } });

/**
 * Runs the back end behind `link`: opens it on `start`, answers each call with its id, and on `close`
 * lets the calls in flight finish before closing the store, so no acknowledged write is lost.
 */
export function serveBackend(link: ParentLink, open: (start: BackendStart) => Promise<OpenedBackend>): void {
  let backend: OpenedBackend | null = null;
  let closing = false;
  const inFlight = new Set<Promise<unknown>>();

  const answer = async (id: number, method: string, input: unknown) => {
    let result: ApiResult<unknown>;
    if (!backend) result = unavailable(processMessages.notStarted);
    else if (closing) result = unavailable(processMessages.closing);
    else {
      try {
        result = await backend.dispatch(method, input);
      } catch (error) {
        // The dispatcher never throws; should it ever, the caller still gets an answer.
        console.error(`[backend] ${method}`, error);
        result = { ok: false, error: { code: 'INTERNAL', message: processMessages.internal } };
      }
    }
    link.send({ kind: 'result', id, result });
  };

  link.onMessage((message) => {
    if (!isToBackend(message)) return;
    if (message.kind === 'start') {
      if (backend) return;
      open(message.start).then(
        (opened) => {
          backend = opened;
          link.send({ kind: 'ready' });
        },
        (error: unknown) => link.send({ kind: 'startFailed', failure: describeStartupFailure(error) }),
      );
    } else if (message.kind === 'call') {
      const call = answer(message.id, message.method, message.input);
      inFlight.add(call);
      void call.finally(() => inFlight.delete(call));
    } else {
      closing = true;
      void Promise.allSettled([...inFlight]).then(() => {
        backend?.close();
        backend = null;
        link.send({ kind: 'closed' });
      });
    }
  });
}

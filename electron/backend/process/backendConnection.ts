import type { ApiResult } from '../../shared/contract';
import type { StartupFailure } from '../startupFailure';
import { processMessages } from './messages';
import { isFromBackend } from './processProtocol';
import type { BackendStart, ToBackend } from './processProtocol';

/** The main process's end of the link to the back-end process (Electron's UtilityProcess, or a stand-in in tests). */
export interface BackendProcessLink {
  send(message: ToBackend): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The process has exited: nothing more will come back. */
  onExit(listener: (code: number | null) => void): void;
}

export interface BackendConnection {
  /** Never rejects: a call that cannot be answered (timeout, process gone, closing) is `UNAVAILABLE`. */
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** The back end finishes the calls it has, checkpoints the WAL and closes the store; resolves when it has, or when the process is gone. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PDF of a 1,000-item checklist renders in seconds; a call that has not answered in this time never will. */
  callTimeoutMs?: number;
  startTimeoutMs?: number;
  closeTimeoutMs?: number;
  /** The process ended on its own after it had started (a crash, not a close): the app cannot go on without it. */
  onCrash?: (code: number | null) => void;
}

/** The back end could not open its store (or its process died first); `failure` is what the user is told. */
export class BackendStartError extends Error {
  constructor(readonly failure: StartupFailure) {
    super(failure.detail);
  }
}

const unavailable = (message: string): ApiResult<never> => ({ ok: false, error: { code: 'UNAVAILABLE', message } });

interface PendingCall {
  resolve(result: ApiResult<unknown>): void;
  timer: NodeJS.Timeout;
}

/**
 * Starts the back end on the other side of `link` and resolves once its store is open. Each call carries
 * an id; its answer settles the one call with that id, whatever order answers come back in.
 */
export function connectBackend(link: BackendProcessLink, start: BackendStart, options: ConnectOptions = {}): Promise<BackendConnection> {
  const { callTimeoutMs = 120_000, startTimeoutMs = 120_000, closeTimeoutMs = 30_000 } = options;
  const pending = new Map<number, PendingCall>();
  const closeWaiters: Array<() => void> = [];
  let nextId = 1;
  let exited = false;
  let closing = false;
  let started = false;
  let settleStart: ((failure: StartupFailure | null) => void) | null = null;

  const settle = (id: number, result: ApiResult<unknown>) => {
    const call = pending.get(id);
    if (!call) return; // answered after its timeout: the caller has already been told
    pending.delete(id);
    clearTimeout(call.timer);
    call.resolve(result);
  };
  const closed = () => closeWaiters.splice(0).forEach((resolve) => resolve());

  link.onMessage((message) => {
    if (!isFromBackend(message)) return;
    if (message.kind === 'result') settle(message.id, message.result);
    else if (message.kind === 'ready') settleStart?.(null);
    else if (message.kind === 'startFailed') settleStart?.(message.failure);
    else closed();
  });
  link.onExit((code) => {
    exited = true;
    for (const id of [...pending.keys()]) settle(id, unavailable(processMessages.ended));
    settleStart?.(processMessages.exitedAtStart(code));
    closed();
    if (started && !closing) options.onCrash?.(code);
  });

  const connection: BackendConnection = {
    call(method, input) {
      if (exited) return Promise.resolve(unavailable(processMessages.ended));
      if (closing) return Promise.resolve(unavailable(processMessages.closing));
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => settle(id, unavailable(processMessages.timedOut(Math.round(callTimeoutMs / 1000)))), callTimeoutMs);
        pending.set(id, { resolve, timer });
        link.send({ kind: 'call', id, method, input });
      });
    },
    close() {
      if (exited) return Promise.resolve();
      closing = true;
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, closeTimeoutMs);
        closeWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
        link.send({ kind: 'close' });
      });
    },
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => settleStart?.(processMessages.startTimedOut(Math.round(startTimeoutMs / 1000))), startTimeoutMs);
    settleStart = (failure) => {
      settleStart = null;
      clearTimeout(timer);
      if (failure) return reject(new BackendStartError(failure));
      started = true;
      resolve(connection);
    };
    link.send({ kind: 'start', start });
  });
}

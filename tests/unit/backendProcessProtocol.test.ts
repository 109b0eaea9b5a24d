import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/api/dispatch';
import { BackendStartError, connectBackend } from '../../electron/backend/process/backendConnection';
import type { BackendProcessLink, ConnectOptions } from '../../electron/backend/process/backendConnection';
import type { BackendStart } from '../../electron/backend/process/processProtocol';
import { serveBackend } from '../../electron/backend/process/serveBackend';
import type { OpenedBackend } from '../../electron/backend/process/serveBackend';
import { StoreOpenError } from '../../db/store';

/** A worker_threads MessageChannel stands in for Electron's parentPort: the two ends are the main and back-end processes. */
const start: BackendStart = { config: { dataDir: '/data', migrationsFolder: '/migrations', resourcesDir: '/resources', appVersion: '1.0.0' } };
const ports: MessagePort[] = [];

afterEach(() => {
  ports.splice(0).forEach((port) => port.close());
});

function linkPair(): { main: BackendProcessLink; backendPort: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  return {
    main: {
      send: (message) => port1.postMessage(message),
      onMessage: (listener) => port1.on('message', listener),
      onExit: (listener) => port1.on('close', () => listener(null)),
    },
    backendPort: port2,
  };
}

function serve(port: MessagePort, open: (start: BackendStart) => Promise<OpenedBackend>): void {
  serveBackend({ send: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', listener) }, open);
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A back end whose answers the test releases: `echo` answers at once, `held:<n>` when the test says so, `hang` never. */
function heldBackend() {
  const held = new Map<string, Deferred<void>>();
  const calls: string[] = [];
  const closes: string[] = [];
  let opened: BackendStart | null = null;
  const dispatch: Dispatch = async (method, input) => {
    calls.push(String(method));
    if (method === 'hang') return new Promise(() => {});
    if (typeof method === 'string' && method.startsWith('held:')) {
      const gate = deferred<void>();
      held.set(method, gate);
      await gate.promise;
      closes.push(`answered ${method}`);
    }
    return { ok: true, value: { method, input } };
  };
  return {
    open: async (received: BackendStart): Promise<OpenedBackend> => {
      opened = received;
      return { dispatch, close: () => closes.push('store closed') };
    },
    release: (method: string) => held.get(method)?.resolve(),
    isHeld: (method: string) => held.has(method),
    calls,
    closes,
    opened: () => opened,
  };
}

async function connected(options: ConnectOptions = {}) {
  const { main, backendPort } = linkPair();
  const backend = heldBackend();
  serve(backendPort, backend.open);
  const connection = await connectBackend(main, start, options);
  return { connection, backend, backendPort };
}

const waitFor = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
};

describe('the link between the main process and the back-end process', () => {
  it('starts the back end with the paths the main process sends, then answers a call with its result', async () => {
    const { connection, backend } = await connected();
    expect(backend.opened()).toEqual(start);
    expect(await connection.call('echo', { auditId: 'a1' })).toEqual({ ok: true, value: { method: 'echo', input: { auditId: 'a1' } } });
  });

  it('matches answers to calls by id when they come back in another order', async () => {
    const { connection, backend } = await connected();
    const first = connection.call('held:1', { n: 1 });
    const second = connection.call('held:2', { n: 2 });
    await waitFor(() => backend.isHeld('held:2'));
    backend.release('held:2');
    expect(await second).toEqual({ ok: true, value: { method: 'held:2', input: { n: 2 } } });
    backend.release('held:1');
    expect(await first).toEqual({ ok: true, value: { method: 'held:1', input: { n: 1 } } });
  });

  it('answers UNAVAILABLE when a call outlives its timeout, and ignores the answer that comes later', async () => {
    const { connection, backend } = await connected({ callTimeoutMs: 50 });
    const late = connection.call('held:1', {});
    const result = await late;
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(!result.ok && result.error.message).toMatch(/không trả lời sau/);
    backend.release('held:1');
    // The next call still gets its own answer, not the late one.
    expect(await connection.call('echo', { n: 2 })).toEqual({ ok: true, value: { method: 'echo', input: { n: 2 } } });
  });

  it('answers UNAVAILABLE, never hangs, when the process exits in the middle of a call, and for every call after', async () => {
    const { connection, backend, backendPort } = await connected();
    const inFlight = connection.call('hang', {});
    await waitFor(() => backend.calls.includes('hang'));
    backendPort.close();
    const result = await inFlight;
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(!result.ok && result.error.message).toMatch(/đã dừng/);
    expect(await connection.call('echo', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(backend.calls).toEqual(['hang']);
    await connection.close(); // resolves at once: there is nothing left to close
  });

  it('on close, finishes the call in flight before closing the store, then refuses new calls', async () => {
    const { connection, backend } = await connected();
    const saving = connection.call('held:save', { answer: 'đạt' });
    await waitFor(() => backend.isHeld('held:save'));
    const closing = connection.close();
    expect(await connection.call('echo', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(backend.closes).toEqual([]);
    backend.release('held:save');
    expect(await saving).toEqual({ ok: true, value: { method: 'held:save', input: { answer: 'đạt' } } });
    await closing;
    expect(backend.closes).toEqual(['answered held:save', 'store closed']);
  });

  it('turns a store that cannot be opened into the dialog text the user reads', async () => {
    const { main, backendPort } = linkPair();
    const storeRefusal = new StoreOpenError('STORE_TOO_NEW', '/data/kiem-tra-cchc-iso.sqlite');
    serve(backendPort, async () => {
      throw storeRefusal;
    });
    const refusal = await connectBackend(main, start).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BackendStartError);
    expect((refusal as BackendStartError).failure).toEqual({ title: 'Không mở được dữ liệu', detail: storeRefusal.message });
    expect(storeRefusal.message).toMatch(/phiên bản mới hơn/);
  });

  it('fails the start, never hangs, when the process exits before it is ready or never answers', async () => {
    const exiting = linkPair();
    exiting.backendPort.on('message', () => exiting.backendPort.close());
    const exited = await connectBackend(exiting.main, start).catch((error: unknown) => error);
    expect((exited as BackendStartError).failure.detail).toMatch(/dừng khi đang khởi động/);

    const silent = linkPair();
    const timedOut = await connectBackend(silent.main, start, { startTimeoutMs: 50 }).catch((error: unknown) => error);
    expect((timedOut as BackendStartError).failure.detail).toMatch(/không mở xong/);
  });

  it('reports a crash after start to the main process, but not an exit after close', async () => {
    const crashes: Array<number | null> = [];
    const crashing = await connected({ onCrash: (code) => crashes.push(code) });
    crashing.backendPort.close();
    await waitFor(() => crashes.length === 1);

    const closing = await connected({ onCrash: (code) => crashes.push(code) });
    await closing.connection.close();
    closing.backendPort.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(crashes).toEqual([null]);
  });

  it('ignores messages that are not part of the protocol on either side', async () => {
    const { connection, backendPort } = await connected();
    backendPort.postMessage({ kind: 'result', id: 'x', result: {} });
    backendPort.postMessage('noise');
    expect(await connection.call('echo', { n: 1 })).toEqual({ ok: true, value: { method: 'echo', input: { n: 1 } } });
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../electron/shared/contract';
import type { ResponseView } from '../../electron/shared/contract/audits';
import { startWebHost } from '../../electron/backend/web/webHost';
import { desktopTransport, httpTransport } from '../../renderer/src/api/transport';
import { AnswerSaveQueue } from '../../renderer/src/pages/audits/checklist/saveQueue';
import { startTestBackend } from '../support/tempBackend';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A plain HTTP server answering every request the same way, standing in for a broken or foreign host. */
async function fixedServer(status: number, contentType: string, body: string): Promise<string> {
  const server = http.createServer((_request, response) => response.writeHead(status, { 'content-type': contentType }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the HTTP transport', () => {
  it('passes the web host answers through, and says UNAVAILABLE once the host is gone', async () => {
    const backend = await startTestBackend();
    cleanups.push(() => backend.close());
    const host = await startWebHost({ backend, rendererDist: backend.dataDir, port: 0 });
    const transport = httpTransport(host.token, `http://127.0.0.1:${host.port}`);
    expect(await transport.invoke('profiles.list', {})).toMatchObject({ ok: true });
    expect(await transport.invoke('khong.co', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    await host.close();
    expect(await transport.invoke('profiles.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/Không kết nối được/) } });
  });

  it('says UNAVAILABLE for an answer that is not the API JSON, and keeps INTERNAL a bug', async () => {
    const broken = await fixedServer(502, 'text/html', '<h1>Bad gateway</h1>');
    expect(await httpTransport('t', broken).invoke('profiles.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const internal: ApiResult<never> = { ok: false, error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi ngoài dự kiến' } };
    const buggy = await fixedServer(500, 'application/json', JSON.stringify(internal));
    expect(await httpTransport('t', buggy).invoke('profiles.list', {})).toEqual(internal);
  });
});

describe('the desktop transport', () => {
  it('turns a rejected invoke into UNAVAILABLE and passes results through', async () => {
    const rejecting = desktopTransport({ invoke: () => Promise.reject(new Error("No handler registered for 'api:invoke'")) });
    expect(await rejecting.invoke('profiles.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const answering = desktopTransport({ invoke: (method) => Promise.resolve({ ok: true, value: method }) });
    expect(await answering.invoke('profiles.list', {})).toEqual({ ok: true, value: 'profiles.list' });
  });

  it('never stalls the answer queue: a rejected invoke is retried and every change is then saved in order', async () => {
    const received: string[] = [];
    let failuresLeft = 2;
    const transport = desktopTransport({
      invoke(_method, input) {
        const { itemId, note } = input as { itemId: string; note: string };
        if (failuresLeft-- > 0) return Promise.reject(new Error('main process unreachable'));
        received.push(`${itemId}:${note}`);
        return Promise.resolve({ ok: true, value: { itemId, note } });
      },
    });
    const saved: string[] = [];
    const queue = new AnswerSaveQueue(
      'audit',
      (input) => transport.invoke('audits.saveResponse', input) as Promise<ApiResult<ResponseView>>,
      { onSaved: (itemId) => void saved.push(itemId), onRefused: () => undefined, onStatus: () => undefined },
      [0],
    );
    queue.enqueue('a', { note: 'một' });
    queue.enqueue('b', { note: 'hai' });
    await expect.poll(() => saved, { timeout: 2000 }).toEqual(['a', 'b']);
    expect(received).toEqual(['a:một', 'b:hai']);
    expect(queue.status).toMatchObject({ pending: 0, retrying: false });
  });
});

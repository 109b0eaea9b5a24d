import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../electron/shared/contract';
import type { ApiResult } from '../../electron/shared/contract';
import type { ResponseView, SaveResponseInput } from '../../electron/shared/contract/audits';
import { AnswerSaveQueue } from '../../renderer/src/pages/audits/checklist/saveQueue';
import type { SaveStatus } from '../../renderer/src/pages/audits/checklist/saveQueue';

/** A store that answers each send when the test says so. */
function fakeStore() {
  const sent: SaveResponseInput[] = [];
  const waiting: { input: SaveResponseInput; resolve(result: ApiResult<ResponseView>): void }[] = [];
  const send = (input: SaveResponseInput) => {
    sent.push(input);
    return new Promise<ApiResult<ResponseView>>((resolve) => waiting.push({ input, resolve }));
  };
  const response = (input: SaveResponseInput): ResponseView => ({
    itemId: input.itemId,
    conformity: input.conformity ?? null,
    numericValue: input.numericValue ?? null,
    indicatorMet: null,
    yesNo: input.yesNo ?? null,
    textValue: input.textValue ?? null,
    note: input.note ?? '',
    notApplicableReason: input.notApplicableReason ?? '',
    updatedAt: '2026-11-24T03:00:00.000Z',
    updatedBy: 'Nguyễn Thị Kiểm Tra',
  });
  const settle = async (result: (input: SaveResponseInput) => ApiResult<ResponseView>) => {
    const { input, resolve } = waiting.shift()!;
    resolve(result(input));
    await new Promise((done) => setTimeout(done, 0));
  };
  return { sent, send, response, settle, ok: (input: SaveResponseInput) => ({ ok: true as const, value: response(input) }) };
}

function listener() {
  const saved: [string, boolean][] = [];
  const refused: [string, string][] = [];
  const statuses: SaveStatus[] = [];
  return {
    saved,
    refused,
    statuses,
    onSaved: (itemId: string, _response: ResponseView, settled: boolean) => void saved.push([itemId, settled]),
    onRefused: (itemId: string, error: { message: string }) => void refused.push([itemId, error.message]),
    onStatus: (status: SaveStatus) => void statuses.push(status),
  };
}

describe('the answer save queue', () => {
  it('sends one change at a time, in order, merging changes to an item still waiting', async () => {
    const store = fakeStore();
    const events = listener();
    const queue = new AnswerSaveQueue('audit', store.send, events);
    queue.enqueue('a', { conformity: 'phu_hop' });
    queue.enqueue('b', { note: 'một' });
    queue.enqueue('b', { conformity: 'kph_nhe' });
    queue.enqueue('a', { note: 'hai' });
    expect(store.sent).toEqual([{ auditId: 'audit', itemId: 'a', conformity: 'phu_hop' }]);
    expect(queue.status.pending).toBe(3);
    expect(queue.unsaved('a')).toEqual({ conformity: 'phu_hop', note: 'hai' });
    await store.settle(store.ok);
    expect(events.saved).toEqual([['a', false]]);
    await store.settle(store.ok);
    await store.settle(store.ok);
    expect(store.sent.map(({ itemId, ...patch }) => [itemId, patch])).toEqual([
      ['a', { auditId: 'audit', conformity: 'phu_hop' }],
      ['b', { auditId: 'audit', note: 'một', conformity: 'kph_nhe' }],
      ['a', { auditId: 'audit', note: 'hai' }],
    ]);
    expect(events.saved).toEqual([
      ['a', false],
      ['b', true],
      ['a', true],
    ]);
    expect(queue.status).toMatchObject({ pending: 0, retrying: false });
    expect(queue.status.lastSavedAt).toBeInstanceOf(Date);
  });

  it('retries a change that could not reach the store, and drops one the store refused', async () => {
    const store = fakeStore();
    const events = listener();
    const queue = new AnswerSaveQueue('audit', store.send, events, [0]);
    queue.enqueue('a', { numericValue: 140 });
    queue.enqueue('b', { conformity: 'phu_hop' });
    await store.settle(() => ({ ok: false, error: { code: 'VALIDATION', message: 'Tỷ lệ phải từ 0% đến 100%' } }));
    expect(events.refused).toEqual([['a', 'Tỷ lệ phải từ 0% đến 100%']]);
    await store.settle(() => ({ ok: false, error: { code: 'UNAVAILABLE', message: 'Không kết nối được' } }));
    expect(queue.status).toMatchObject({ pending: 1, retrying: true });
    queue.enqueue('b', { note: 'sau' });
    await new Promise((done) => setTimeout(done, 5));
    await store.settle(store.ok);
    expect(store.sent.slice(-1)).toEqual([{ auditId: 'audit', itemId: 'b', conformity: 'phu_hop', note: 'sau' }]);
    expect(events.saved).toEqual([['b', true]]);
    expect(queue.status).toMatchObject({ pending: 0, retrying: false });
  });

  it('drops a change the back end failed on (INTERNAL) instead of retrying it forever, and goes on with the next', async () => {
    const store = fakeStore();
    const events = listener();
    const queue = new AnswerSaveQueue('audit', store.send, events, [0]);
    queue.enqueue('a', { note: 'gây lỗi' });
    queue.enqueue('b', { note: 'bình thường' });
    await store.settle(() => ({ ok: false, error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi ngoài dự kiến' } }));
    await new Promise((done) => setTimeout(done, 5));
    expect(events.refused).toEqual([['a', 'Đã xảy ra lỗi ngoài dự kiến']]);
    expect(store.sent.map((input) => input.itemId)).toEqual(['a', 'b']);
    await store.settle(store.ok);
    expect(events.saved).toEqual([['b', true]]);
    expect(queue.status).toMatchObject({ pending: 0, retrying: false });
  });

  it('retries only UNAVAILABLE: every other code is the store refusing the change', async () => {
    for (const code of errorCodes) {
      const store = fakeStore();
      const events = listener();
      const queue = new AnswerSaveQueue('audit', store.send, events, [0]);
      queue.enqueue('a', { note: code });
      await store.settle(() => ({ ok: false, error: { code, message: code } }));
      await new Promise((done) => setTimeout(done, 5));
      expect(store.sent.length, code).toBe(code === 'UNAVAILABLE' ? 2 : 1);
      expect(events.refused.length, code).toBe(code === 'UNAVAILABLE' ? 0 : 1);
      queue.stop();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { people } from '../../db/schema';
import { makePng } from '../support/fixtures/minutesImages';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

function addPerson(b: TestBackend, fullName: string): string {
  const id = randomUUID();
  b.store.db.insert(people).values({ id, fullName }).run();
  return id;
}

describe('signature images', () => {
  it('stores one image per person, replaces it, reports its size, and removes it', async () => {
    backend = await startTestBackend();
    const personId = addPerson(backend, 'Nguyễn Văn Đức');
    expect(await backend.call('signatures.get', { personId })).toBeNull();

    const first = await backend.call('signatures.save', { personId, pngBase64: makePng(300, 100).toString('base64') });
    expect(first).toMatchObject({ personId, width: 300, height: 100 });
    const second = await backend.call('signatures.save', { personId, pngBase64: makePng(600, 180).toString('base64') });
    expect(second).toMatchObject({ width: 600, height: 180 });
    expect((await backend.call('signatures.get', { personId }))?.pngBase64).toBe(makePng(600, 180).toString('base64'));
    expect(await backend.call('signatures.listOwners', {})).toEqual([personId]);

    const log = await backend.call('changeLog.list', { entity: 'signature_image', entityId: personId });
    expect(log.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(JSON.stringify(log)).not.toContain(makePng(600, 180).toString('base64'));

    expect(await backend.call('signatures.remove', { personId })).toEqual({ removed: true });
    expect(await backend.call('signatures.get', { personId })).toBeNull();
    expect(await backend.call('signatures.remove', { personId })).toEqual({ removed: false });
  });

  it('refuses what is not a PNG, an unknown person and empty input, in Vietnamese, changing nothing', async () => {
    backend = await startTestBackend();
    const personId = addPerson(backend, 'Trần Thị Bích Ngọc');
    const jpegHeader = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.alloc(40)]).toString('base64');
    const cases: Array<[unknown, string, RegExp]> = [
      [{ personId, pngBase64: jpegHeader }, 'pngBase64', /phải là tệp PNG hợp lệ/],
      [{ personId, pngBase64: makePng(0, 10).toString('base64') }, 'pngBase64', /kích thước từ 1 đến 4000/],
      [{ personId, pngBase64: '' }, 'pngBase64', /Chưa có ảnh chữ ký/],
      [{ personId, pngBase64: 'không phải base64!' }, 'pngBase64', /base64/],
    ];
    for (const [input, field, message] of cases) {
      const result = await backend.dispatch('signatures.save', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues?.find((issue) => issue.path === field)?.message).toMatch(message);
    }
    const unknown = await backend.dispatch('signatures.save', { personId: randomUUID(), pngBase64: makePng(10, 10).toString('base64') });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy cán bộ.' } });
    expect(await backend.call('signatures.get', { personId })).toBeNull();
    expect(await backend.call('changeLog.list', { entity: 'signature_image' })).toEqual([]);
  });
});

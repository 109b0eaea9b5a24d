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

describe('seal images', () => {
  it('keeps one seal per body with its real diameter, replaces and removes it, and refuses bad input', async () => {
    backend = await startTestBackend();
    const red = makePng(200, 200, [0xd0, 0x10, 0x1b, 0xff]).toString('base64');
    expect(await backend.call('signatures.sealGet', { bodyKey: 'organization' })).toBeNull();
    expect(await backend.call('signatures.sealSave', { bodyKey: 'organization', pngBase64: red, diameterMm: 36 })).toMatchObject({ width: 200, height: 200, diameterMm: 36 });
    expect(await backend.call('signatures.sealSave', { bodyKey: 'organization', pngBase64: red, diameterMm: 40 })).toMatchObject({ diameterMm: 40 });

    const refusals: Array<[Record<string, unknown>, RegExp]> = [
      [{ bodyKey: 'organization', pngBase64: red, diameterMm: 5 }, /từ 20 mm/],
      [{ bodyKey: 'organization', pngBase64: red, diameterMm: 36.5 }, /số nguyên/],
      [{ bodyKey: 'phường', pngBase64: red, diameterMm: 36 }, /Cơ quan không hợp lệ/],
      [{ bodyKey: 'organization', pngBase64: Buffer.from('không phải PNG').toString('base64'), diameterMm: 36 }, /PNG hợp lệ/],
      [{ bodyKey: `unit:${randomUUID()}`, pngBase64: red, diameterMm: 36 }, /Không tìm thấy đơn vị/],
    ];
    for (const [input, message] of refusals) {
      expect(await backend.dispatch('signatures.sealSave', input as never)).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
    }
    expect(await backend.call('signatures.sealGet', { bodyKey: 'organization' })).toMatchObject({ diameterMm: 40 });
    expect(await backend.call('signatures.sealRemove', { bodyKey: 'organization' })).toEqual({ removed: true });
    expect(await backend.call('signatures.sealRemove', { bodyKey: 'organization' })).toEqual({ removed: false });
  });
});

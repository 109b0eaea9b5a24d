import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

const texts = (bases: { text: string }[]) => bases.map((basis) => basis.text);

describe('legal bases', () => {
  it('starts with the built-in bases, the ward plan written with placeholders, each printed on its kinds of document', async () => {
    backend = await startTestBackend();
    const bases = await backend.call('legalBases.list', {});
    expect(bases.map((basis) => [basis.text, basis.documentKinds])).toEqual([
      ['Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ', ['iso_minutes', 'plan']],
      ['Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ', ['iso_minutes', 'plan']],
      ['Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư', []],
      ['Kế hoạch cải cách hành chính năm {năm} của {cơ quan}', ['cchc_minutes', 'plan', 'report']],
    ]);
    expect(await backend.call('legalBases.render', { documentKind: 'cchc_minutes', year: 2027 })).toEqual([
      'Kế hoạch cải cách hành chính năm 2027 của Ủy ban nhân dân phường Bắc Hồng Lĩnh',
    ]);
  });

  it('fills the placeholders from the organisation as it is now', async () => {
    backend = await startTestBackend();
    const organization = await backend.call('organization.get', {});
    await backend.call('organization.update', { ...organization, bodyName: 'ỦY BAN NHÂN DÂN XÃ TÂN LẬP', placeName: 'Tân Lập' });
    await backend.call('legalBases.create', { text: 'Quy chế làm việc của {đơn vị hành chính} ({địa danh}) năm {năm}', documentKinds: ['report'] });
    expect(await backend.call('legalBases.render', { documentKind: 'report', year: 2026 })).toEqual([
      'Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân xã Tân Lập',
      'Quy chế làm việc của xã Tân Lập (Tân Lập) năm 2026',
    ]);
  });

  it('adds, edits, reorders and retires bases; only what is in use prints, in the chosen order, and every change is logged', async () => {
    backend = await startTestBackend();
    const added = await backend.call('legalBases.create', { text: 'Quyết định số 12/QĐ-UBND ngày 02/01/{năm} của UBND tỉnh', documentKinds: ['cchc_minutes'] });
    expect(added).toMatchObject({ documentKinds: ['cchc_minutes'], retired: false });
    const edited = await backend.call('legalBases.update', { id: added.id, documentKinds: ['plan', 'cchc_minutes'] });
    expect(edited).toMatchObject({ text: added.text, documentKinds: ['cchc_minutes', 'plan'] });

    const inUse = await backend.call('legalBases.list', {});
    const reordered = await backend.call('legalBases.reorder', { ids: [added.id, ...inUse.filter((b) => b.id !== added.id).map((b) => b.id)] });
    expect(reordered[0]!.id).toBe(added.id);
    expect(await backend.call('legalBases.render', { documentKind: 'cchc_minutes', year: 2026 })).toEqual([
      'Quyết định số 12/QĐ-UBND ngày 02/01/2026 của UBND tỉnh',
      'Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân phường Bắc Hồng Lĩnh',
    ]);

    const planBasis = inUse.find((basis) => basis.text.startsWith('Kế hoạch cải cách'))!;
    await backend.call('legalBases.setRetired', { id: planBasis.id, retired: true });
    expect(await backend.call('legalBases.render', { documentKind: 'cchc_minutes', year: 2026 })).toEqual(['Quyết định số 12/QĐ-UBND ngày 02/01/2026 của UBND tỉnh']);
    expect(texts(await backend.call('legalBases.list', {}))).not.toContain(planBasis.text);
    const all = await backend.call('legalBases.list', { includeRetired: true });
    expect(all.at(-1)).toMatchObject({ id: planBasis.id, retired: true });
    // Reordering takes the bases in use; the retired one keeps its place after them.
    const refused = await backend.dispatch('legalBases.reorder', { ids: all.map((basis) => basis.id) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/đúng các căn cứ đang dùng/) } });

    const log = await backend.call('changeLog.list', { entity: 'legalBasis' });
    expect(log.map((entry) => entry.method)).toEqual(expect.arrayContaining(['legalBases.create', 'legalBases.update', 'legalBases.reorder', 'legalBases.setRetired']));
  });

  it('refuses unknown placeholders, stray braces, empty text and unknown document kinds in Vietnamese, changing nothing', async () => {
    backend = await startTestBackend();
    const before = await backend.call('legalBases.list', { includeRetired: true });
    const cases: [unknown, RegExp][] = [
      [{ text: 'Kế hoạch CCHC {phường} năm {năm}', documentKinds: ['plan'] }, /Không có chỗ điền \{phường\}/],
      [{ text: 'Kế hoạch năm {năm', documentKinds: ['plan'] }, /Dấu \{ \} chỉ dùng để bao chỗ điền/],
      [{ text: '   ', documentKinds: ['plan'] }, /không được để trống/],
      [{ text: 'Căn cứ', documentKinds: ['bao_cao_quy'] }, /Loại văn bản không hợp lệ/],
      [{ text: 'Căn cứ', documentKinds: ['plan', 'plan'] }, /chỉ chọn một lần/],
    ];
    for (const [input, message] of cases) {
      const result = await backend.dispatch('legalBases.create', input);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toMatch(message);
    }
    expect(await backend.dispatch('legalBases.update', { id: before[0]!.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await backend.call('legalBases.list', { includeRetired: true })).toEqual(before);
  });
});

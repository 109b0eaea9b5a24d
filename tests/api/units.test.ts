import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

describe('units', () => {
  it('lists the seeded ward units in their order, searchable without diacritics', async () => {
    backend = await startTestBackend();
    const all = await backend.call('units.list', {});
    expect(all.map((u) => u.code)).toEqual(['VP', 'KTHTDT', 'VHXH', 'PVHCC', 'DVTH']);
    expect(all.every((u) => u.isoApplying)).toBe(true);
    expect(all.filter((u) => u.inCchcScope).map((u) => u.code)).toEqual(['VP', 'KTHTDT', 'VHXH', 'PVHCC']);
    expect((await backend.call('units.list', { search: 'dich vu' })).map((u) => u.code)).toEqual(['DVTH']);
    expect((await backend.call('units.list', { search: 'ĐÔ THỊ' })).map((u) => u.code)).toEqual(['KTHTDT']);
  });

  it('creates, edits and deactivates a unit; inactive units leave the default list', async () => {
    backend = await startTestBackend();
    const created = await backend.call('units.create', { code: 'TYT', name: 'Trạm Y tế', category: 'don_vi_su_nghiep', inCchcScope: false });
    expect(created).toMatchObject({ code: 'TYT', name: 'Trạm Y tế', active: true, inCchcScope: false, isoApplying: true });
    const edited = await backend.call('units.update', { id: created.id, name: 'Trạm Y tế phường' });
    expect(edited.name).toBe('Trạm Y tế phường');
    await backend.call('units.setActive', { id: created.id, active: false });
    expect((await backend.call('units.list', {})).some((u) => u.id === created.id)).toBe(false);
    expect((await backend.call('units.list', { includeInactive: true })).find((u) => u.id === created.id)?.active).toBe(false);
  });

  it('changes only the fields an update names', async () => {
    backend = await startTestBackend();
    const created = await backend.call('units.create', { code: 'TYT', name: 'Trạm Y tế', shortName: 'TYT', category: 'don_vi_su_nghiep', inCchcScope: false, isoApplying: false });
    const renamed = await backend.call('units.update', { id: created.id, name: 'Trạm Y tế phường' });
    expect(renamed).toEqual({ ...created, name: 'Trạm Y tế phường' });
    const profile = (await backend.call('profiles.list', {}))[0]!;
    expect(await backend.call('profiles.update', { id: profile.id, fullName: 'Nguyễn Thị Kiểm Tra (đổi tên)' })).toEqual({
      ...profile,
      fullName: 'Nguyễn Thị Kiểm Tra (đổi tên)',
    });
  });

  it('defaults a new unit’s CCHC scope from its legal category (target 1.2), public service units by the setting, and keeps explicit choices', async () => {
    backend = await startTestBackend();
    const scopeOf = async (code: string, category: 'co_quan_chuyen_mon' | 'to_chuc_hanh_chinh' | 'don_vi_su_nghiep' | 'khac', inCchcScope?: boolean) =>
      (await backend.call('units.create', { code, name: `Đơn vị ${code}`, category, ...(inCchcScope === undefined ? {} : { inCchcScope }) })).inCchcScope;
    expect(await scopeOf('P1', 'co_quan_chuyen_mon')).toBe(true);
    expect(await scopeOf('P2', 'to_chuc_hanh_chinh')).toBe(true);
    expect(await scopeOf('P3', 'don_vi_su_nghiep')).toBe(false);
    expect(await scopeOf('P4', 'khac')).toBe(false);
    expect(await scopeOf('P5', 'don_vi_su_nghiep', true)).toBe(true);
    expect(await scopeOf('P6', 'co_quan_chuyen_mon', false)).toBe(false);

    await backend.call('settings.update', { includePublicServiceUnits: true });
    expect(await scopeOf('P7', 'don_vi_su_nghiep')).toBe(true);
    // The setting shapes new units only: the ones already there keep their scope.
    const existing = await backend.call('units.list', {});
    expect(existing.filter((u) => !u.inCchcScope).map((u) => u.code)).toEqual(['DVTH', 'P3', 'P4', 'P6']);
    const log = await backend.call('changeLog.list', { entity: 'unit' });
    expect(log.find((entry) => entry.method === 'units.create' && (entry.changes as { code: string }).code === 'P7')?.changes).toMatchObject({ inCchcScope: true, category: 'don_vi_su_nghiep' });
  });

  it('stores names in Unicode NFC even when typed decomposed', async () => {
    backend = await startTestBackend();
    const decomposed = 'Phòng Tư pháp'.normalize('NFD');
    const created = await backend.call('units.create', { code: 'TP', name: decomposed, category: 'khac' });
    expect(created.name).toBe('Phòng Tư pháp'.normalize('NFC'));
    expect(created.name).not.toBe(decomposed);
  });

  it('refuses bad input with Vietnamese messages per field, and changes nothing', async () => {
    backend = await startTestBackend();
    const before = await backend.call('units.list', { includeInactive: true });
    const cases: [unknown, string, RegExp][] = [
      [{ code: '', name: 'A', category: 'khac' }, 'code', /không được để trống/],
      [{ code: 'A B', name: 'A', category: 'khac' }, 'code', /chỉ gồm chữ/],
      [{ code: 'AB', name: 'A', category: 'PHONG_KHONG_CO' }, 'category', /Loại hình đơn vị không hợp lệ/],
      [{ code: 'AB', name: 'x'.repeat(201), category: 'khac' }, 'name', /không được dài quá 200/],
      [{ code: 'VP', name: 'Trùng mã', category: 'khac' }, 'code', /đã được dùng/],
      [{ code: 'vp', name: 'Trùng mã chữ thường', category: 'khac' }, 'code', /đã được dùng/],
      [{ code: 'AB', name: 'Phòng Văn hóa - Xã hội', category: 'khac' }, 'name', /Đã có đơn vị tên/],
    ];
    for (const [input, field, message] of cases) {
      const result = await backend.dispatch('units.create', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.issues?.find((i) => i.path === field)?.message).toMatch(message);
    }
    const missing = await backend.dispatch('units.update', { id: '00000000-0000-4000-8000-000000000000', name: 'Không có' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị.' } });
    expect(await backend.call('units.list', { includeInactive: true })).toEqual(before);
  });
});

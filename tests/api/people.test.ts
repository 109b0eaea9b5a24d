import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function unitId(code: string): Promise<string> {
  const unit = (await backend.call('units.list', { includeInactive: true })).find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

describe('people (staff directory)', () => {
  it('creates a person with an auditor certificate, reads, edits and sorts them the Vietnamese way', async () => {
    backend = await startTestBackend();
    const vhxh = await unitId('VHXH');
    const created = await backend.call('people.create', {
      fullName: 'Trần Thị Ánh',
      unitId: vhxh,
      position: 'Trưởng phòng',
      phone: '0912 345 678',
      email: 'anh.tt@backhonglinh.gov.vn',
      auditorTrained: true,
      auditorCertNumber: 'ĐGNB-0123',
      auditorCertDate: '2024-05-20',
      auditorCertIssuer: 'Trung tâm Đào tạo ISO Hà Tĩnh',
      mayLead: true,
    });
    expect(created).toMatchObject({
      fullName: 'Trần Thị Ánh',
      unitName: 'Phòng Văn hóa - Xã hội',
      auditorTrained: true,
      auditorCertNumber: 'ĐGNB-0123',
      auditorCertDate: '2024-05-20',
      mayLead: true,
      active: true,
    });
    await backend.call('people.create', { fullName: 'Đỗ Văn Bình' });
    await backend.call('people.create', { fullName: 'Ân Văn Cả' });
    await backend.call('people.create', { fullName: 'Nguyễn Văn Bình' });
    // By given name first (Ánh, Bình, Cả), then the rest of the name (Đỗ before Nguyễn).
    expect((await backend.call('people.list', {})).map((p) => p.fullName)).toEqual(['Trần Thị Ánh', 'Đỗ Văn Bình', 'Nguyễn Văn Bình', 'Ân Văn Cả']);
    expect((await backend.call('people.list', { unitId: vhxh })).map((p) => p.fullName)).toEqual(['Trần Thị Ánh']);
    expect((await backend.call('people.list', { search: 'tran thi' })).map((p) => p.fullName)).toEqual(['Trần Thị Ánh']);

    const edited = await backend.call('people.update', { id: created.id, position: 'Phó Trưởng phòng', mayLead: false });
    expect(edited).toMatchObject({ position: 'Phó Trưởng phòng', mayLead: false, auditorCertNumber: 'ĐGNB-0123' });
    expect(await backend.call('people.get', { id: created.id })).toEqual(edited);
  });

  it('deactivates and restores a person; inactive people leave the default list but stay readable', async () => {
    backend = await startTestBackend();
    const person = await backend.call('people.create', { fullName: 'Lê Văn Dũng' });
    await backend.call('people.setActive', { id: person.id, active: false });
    expect(await backend.call('people.list', {})).toEqual([]);
    expect((await backend.call('people.list', { includeInactive: true }))[0]).toMatchObject({ id: person.id, active: false });
    expect(await backend.call('people.setActive', { id: person.id, active: true })).toMatchObject({ active: true });
    const log = await backend.call('changeLog.list', { entity: 'person' });
    expect(log.map((entry) => entry.method)).toEqual(['people.setActive', 'people.setActive', 'people.create']);
  });

  it('refuses bad input with Vietnamese messages on the field, and changes nothing', async () => {
    backend = await startTestBackend();
    const existing = await backend.call('people.create', { fullName: 'Phạm Thị Hoa' });
    const dvth = await unitId('DVTH');
    await backend.call('units.setActive', { id: dvth, active: false });
    const before = await backend.call('people.list', { includeInactive: true });
    const cases: [string, unknown, string, RegExp][] = [
      ['people.create', { fullName: '  ' }, 'fullName', /Họ và tên không được để trống/],
      ['people.create', { fullName: 'A', email: 'khong-phai-thu' }, 'email', /Thư điện tử không đúng định dạng/],
      ['people.create', { fullName: 'A', phone: 'gọi tôi' }, 'phone', /Số điện thoại chỉ gồm chữ số/],
      ['people.create', { fullName: 'A', auditorCertDate: '2025-02-30' }, 'auditorCertDate', /không phải là ngày có thật/],
      ['people.create', { fullName: 'A', auditorCertNumber: 'X-1' }, 'auditorTrained', /Đã được đào tạo đánh giá viên/],
      ['people.create', { fullName: 'A', auditorTrained: true, auditorCertDate: '2099-01-01' }, 'auditorCertDate', /không được sau ngày hôm nay/],
      ['people.create', { fullName: 'A', unitId: dvth }, 'unitId', /đã ngừng hoạt động/],
      ['people.create', { fullName: 'A', unitId: '00000000-0000-4000-8000-000000000000' }, 'unitId', /Không tìm thấy đơn vị/],
      ['people.update', { id: existing.id, auditorCertIssuer: 'Trung tâm X' }, 'auditorTrained', /Đã được đào tạo đánh giá viên/],
    ];
    for (const [method, input, field, message] of cases) {
      const result = await backend.dispatch(method, input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.issues?.find((issue) => issue.path === field)?.message, JSON.stringify(input)).toMatch(message);
    }
    expect(await backend.dispatch('people.update', { id: existing.id })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Không có thay đổi nào/) } });
    expect(await backend.dispatch('people.get', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy cán bộ.' },
    });
    expect(await backend.call('people.list', { includeInactive: true })).toEqual(before);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

describe('holidays', () => {
  it('seeds 2026 and 2027 with Tết, all on working days', async () => {
    backend = await startTestBackend();
    const for2026 = await backend.call('holidays.list', { year: 2026 });
    const for2027 = await backend.call('holidays.list', { year: 2027 });
    expect(for2026.map((h) => h.date)).toContain('2026-02-17');
    expect(for2027.filter((h) => h.name.startsWith('Tết Nguyên đán')).map((h) => h.date)).toEqual([
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    expect(for2027.find((h) => h.date === '2027-04-16')?.name).toBe('Giỗ Tổ Hùng Vương');
    for (const { date } of [...for2026, ...for2027]) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect(weekday === 0 || weekday === 6, date).toBe(false);
    }
    expect(await backend.call('holidays.list', { year: 2028 })).toEqual([]);
  });

  it('adds, renames, moves and deletes a holiday, logging each change', async () => {
    backend = await startTestBackend();
    const added = await backend.call('holidays.create', { date: '2026-12-31', name: 'Nghỉ bù cuối năm' });
    expect(added).toMatchObject({ date: '2026-12-31', name: 'Nghỉ bù cuối năm' });
    const moved = await backend.call('holidays.update', { id: added.id, date: '2026-12-30', name: 'Nghỉ bù' });
    expect(moved).toEqual({ id: added.id, date: '2026-12-30', name: 'Nghỉ bù' });
    expect(await backend.call('holidays.delete', { id: added.id })).toEqual({ id: added.id });
    expect((await backend.call('holidays.list', { year: 2026 })).some((h) => h.id === added.id)).toBe(false);
    const log = await backend.call('changeLog.list', { entity: 'holiday' });
    expect(log.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
  });

  it('refuses a second holiday on the same day, bad dates and empty names, changing nothing', async () => {
    backend = await startTestBackend();
    const before = await backend.call('holidays.list', { year: 2026 });
    const cases: [string, unknown, string, RegExp][] = [
      ['holidays.create', { date: '2026-09-02', name: 'Trùng' }, 'date', /Ngày 02\/09\/2026 đã là ngày nghỉ "Quốc khánh"/],
      ['holidays.create', { date: '2026-02-30', name: 'Không có' }, 'date', /không phải là ngày có thật/],
      ['holidays.create', { date: '30/04/2026', name: 'Sai dạng' }, 'date', /năm-tháng-ngày/],
      ['holidays.create', { date: '2026-06-01', name: ' ' }, 'name', /Tên ngày nghỉ không được để trống/],
      ['holidays.update', { id: before[0]!.id, date: '2026-09-02' }, 'date', /đã là ngày nghỉ/],
    ];
    for (const [method, input, field, message] of cases) {
      const result = await backend.dispatch(method, input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.issues?.find((issue) => issue.path === field)?.message).toMatch(message);
    }
    expect(await backend.dispatch('holidays.delete', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy ngày nghỉ.' },
    });
    expect(await backend.call('holidays.list', { year: 2026 })).toEqual(before);
  });
});

import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { calendarDate, id, optionalText, percent, requiredText, year } from '../../electron/shared/contract/fields';
import { comparatorSymbols, indicatorMet } from '../../electron/shared/rules/indicators';
import { foldForSearch, matchesSearch } from '../../electron/shared/text';

const messages = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('contract fields', () => {
  it('required text: trimmed, not empty, not too long, in Vietnamese', () => {
    const name = requiredText('fieldLabels.unitName', 12);
    expect(name.parse('  Phòng Nội vụ ')).toBe('Phòng Nội vụ');
    expect(messages(name, '   ')).toEqual(['Tên đơn vị không được để trống']);
    expect(messages(name, 'Phòng Nội vụ!')).toEqual(['Tên đơn vị không được dài quá 12 ký tự']);
    expect(messages(name, 5)).toEqual(['Tên đơn vị phải là chuỗi ký tự']);
    expect(messages(requiredText('fieldLabels.name'), 'x'.repeat(500))).toEqual([]);
    expect(messages(requiredText('fieldLabels.name'), 'x'.repeat(501))).toEqual(['Tên không được dài quá 500 ký tự']);
  });

  it('optional text: may be empty, trimmed, limited', () => {
    const note = optionalText('fieldLabels.note', 5);
    expect(note.parse('   ')).toBe('');
    expect(note.parse(' abc ')).toBe('abc');
    expect(messages(note, '123456')).toEqual(['Ghi chú không được dài quá 5 ký tự']);
    expect(messages(note, null)).toEqual(['Ghi chú phải là chuỗi ký tự']);
    expect(messages(optionalText('fieldLabels.note'), 'x'.repeat(2000))).toEqual([]);
    expect(messages(optionalText('fieldLabels.note'), 'x'.repeat(2001))).toEqual(['Ghi chú không được dài quá 2000 ký tự']);
  });

  it('calendar dates: yyyy-MM-dd of a day that exists', () => {
    const date = calendarDate('fieldLabels.startDate');
    expect(date.parse('2028-02-29')).toBe('2028-02-29');
    expect(date.parse('2026-12-31')).toBe('2026-12-31');
    expect(messages(date, '2026-02-29')).toEqual(['Ngày bắt đầu không phải là ngày có thật']);
    expect(messages(date, '2026-04-31')).toEqual(['Ngày bắt đầu không phải là ngày có thật']);
    expect(messages(date, '2026-13-01')).toEqual(['Ngày bắt đầu không phải là ngày có thật']);
    expect(messages(date, '2026-00-10')).toEqual(['Ngày bắt đầu không phải là ngày có thật']);
    expect(messages(date, '10/03/2026')[0]).toBe('Ngày bắt đầu phải có dạng năm-tháng-ngày');
    expect(messages(date, 'x2026-03-10')[0]).toBe('Ngày bắt đầu phải có dạng năm-tháng-ngày');
    expect(messages(date, '2026-03-10x')[0]).toBe('Ngày bắt đầu phải có dạng năm-tháng-ngày');
    expect(messages(date, '2026-3-10')[0]).toBe('Ngày bắt đầu phải có dạng năm-tháng-ngày');
    expect(messages(date, 20260310)).toEqual(['Ngày bắt đầu phải là ngày']);
  });

  it('years from 2000 to 2100, whole numbers', () => {
    expect(year.parse(2000)).toBe(2000);
    expect(year.parse(2100)).toBe(2100);
    expect(messages(year, 1999)).toEqual(['Năm phải từ 2000 trở đi']);
    expect(messages(year, 2101)).toEqual(['Năm phải trước 2100']);
    expect(messages(year, 2026.5)).toEqual(['Năm phải là số nguyên']);
    expect(messages(year, '2026')).toEqual(['Năm phải là số']);
  });

  it('percentages from 0 to 100', () => {
    const share = percent('fieldLabels.rate');
    expect(share.parse(0)).toBe(0);
    expect(share.parse(100)).toBe(100);
    expect(messages(share, -0.5)).toEqual(['Tỷ lệ không được nhỏ hơn 0%']);
    expect(messages(share, 100.5)).toEqual(['Tỷ lệ không được lớn hơn 100%']);
    expect(messages(share, '50')).toEqual(['Tỷ lệ phải là số']);
  });

  it('ids are UUIDs', () => {
    expect(id.parse('0b9c2f7e-3f4a-4c1e-9a77-2d0f3b1c5e6a')).toBe('0b9c2f7e-3f4a-4c1e-9a77-2d0f3b1c5e6a');
    expect(messages(id, 'don-vi-1')).toEqual(['Mã định danh không hợp lệ']);
  });
});

describe('numeric indicators', () => {
  it('meets each comparator exactly at, above and below its threshold', () => {
    const cases: [Parameters<typeof indicatorMet>[1], [boolean, boolean, boolean]][] = [
      ['>', [false, false, true]],
      ['>=', [false, true, true]],
      ['<', [true, false, false]],
      ['<=', [true, true, false]],
      ['=', [false, true, false]],
    ];
    for (const [comparator, [below, at, above]] of cases) {
      expect([indicatorMet(97.5, comparator, 98), indicatorMet(98, comparator, 98), indicatorMet(98.5, comparator, 98)], comparator).toEqual([below, at, above]);
    }
    expect(comparatorSymbols).toEqual({ '>': '>', '>=': '≥', '<': '<', '<=': '≤', '=': '=' });
  });
});

describe('search without diacritics', () => {
  it('folds tone marks, đ and Đ, case and surrounding spaces', () => {
    expect(foldForSearch('  ĐỒNG Ý đã Duyệt  ')).toBe('dong y da duyet');
    expect(matchesSearch(['Phòng Tư pháp'], undefined)).toBe(true);
    expect(matchesSearch(['Phòng Tư pháp'], '')).toBe(true);
    expect(matchesSearch([], 'tu phap')).toBe(false);
    expect(matchesSearch([], '  ')).toBe(true);
    expect(matchesSearch(['Văn phòng', 'Phòng Tư pháp'], 'TƯ PHÁP')).toBe(true);
    expect(matchesSearch(['Văn phòng'], 'tư pháp')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatCalendarDate, formatInstant, localDateOf, weekdayOf, zoneOffsetMs } from '../../electron/shared/dates';
import { foldForSearch, matchesSearch, questionAsStatement, vietnameseCollator } from '../../electron/shared/text';
import { expectMachineZoneInEffect } from '../support/machineZone';

/**
 * vitest.config.ts runs this file with the machine clock in America/Los_Angeles (project "unit"), and
 * again in Asia/Ho_Chi_Minh ("dates-hcm") and UTC ("dates-utc"); every answer must be the same.
 */
describe('dates in Asia/Ho_Chi_Minh, whatever the machine zone', () => {
  it('runs with the machine clock in the zone its project sets', () => {
    expectMachineZoneInEffect();
  });

  it('puts an instant on the Hà Nội calendar day', () => {
    expect(localDateOf(new Date('2026-03-10T16:59:59Z'))).toBe('2026-03-10');
    expect(localDateOf(new Date('2026-03-10T17:00:00Z'))).toBe('2026-03-11');
    expect(localDateOf(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('gives the day Intl gives, across the zone\'s changes of offset (1942–1975) and today', () => {
    const intlDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    const instants = ['1942-12-31T15:59:59.999Z', '1942-12-31T16:00:00Z', '1975-06-12T15:59:59.999Z', '1975-06-12T16:00:00Z', '2026-03-10T16:59:59.999Z', '2026-03-10T17:00:00Z'].map((iso) => new Date(iso));
    // Every 52 h 53 min 54.567 s from 1900 to 2040 falls on every hour and minute of the day in turn.
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 190_434_567) instants.push(new Date(ms));
    const differing = instants.filter((instant) => localDateOf(instant) !== intlDay.format(instant));
    expect(differing).toEqual([]);
    expect(instants.length).toBeGreaterThan(20_000);
  });

  it("reads the zone's offset with its seconds: local mean time (+07:06:30) before 1906, +08:00 in 1960, +07:00 today", () => {
    expect(zoneOffsetMs(new Date('1900-01-01T00:00:00Z'))).toBe(((7 * 60 + 6) * 60 + 30) * 1000);
    expect(zoneOffsetMs(new Date('1960-06-01T00:00:00Z'))).toBe(8 * 3_600_000);
    expect(zoneOffsetMs(new Date('2026-11-30T00:00:00Z'))).toBe(7 * 3_600_000);
  });

  it('writes a date past the year 9999 as Intl does, not as an extended ISO year', () => {
    expect(localDateOf(new Date('+010000-06-01T00:00:00Z'))).toBe('10000-06-01');
  });

  it('formats dd/MM/yyyy and HH:mm', () => {
    expect(formatCalendarDate('2026-01-05')).toBe('05/01/2026');
    expect(formatInstant('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
    expect(formatInstant(new Date('2026-03-10T09:05:00Z'))).toBe('10/03/2026 16:05');
  });

  it('adds days and months on calendar dates, clamping to the month end', () => {
    expect(addDays('2026-12-25', 15)).toBe('2027-01-09');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09'); // the night the US moves its clocks
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2028-12-31', 2)).toBe('2029-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(weekdayOf('2026-11-25')).toBe(3);
    expect(weekdayOf('2026-11-29')).toBe(0);
  });
});

describe('Vietnamese text', () => {
  it('sorts in Vietnamese order', () => {
    const names = ['Đặng Văn Hải', 'Dương Thị Mai', 'Âu Văn Bình', 'Anh Thư', 'Bùi Minh'];
    expect([...names].sort(vietnameseCollator.compare)).toEqual(['Anh Thư', 'Âu Văn Bình', 'Bùi Minh', 'Dương Thị Mai', 'Đặng Văn Hải']);
  });

  it('searches with or without tone marks and đ', () => {
    expect(foldForSearch('Đô thị')).toBe('do thi');
    expect(matchesSearch(['Phòng Kinh tế, Hạ tầng và Đô thị'], 'ha tang')).toBe(true);
    expect(matchesSearch(['Phòng Kinh tế, Hạ tầng và Đô thị'], 'văn hóa')).toBe(false);
    expect(matchesSearch(['x'], '   ')).toBe(true);
  });
});

describe('a checklist question as the requirement it checks', () => {
  it.each([
    ['Hồ sơ có được kiểm tra đầy đủ không?', 'Hồ sơ được kiểm tra đầy đủ'],
    ['  có được niêm yết công khai tại trụ sở không ?  ', 'Được niêm yết công khai tại trụ sở'],
    ['Quy chế đã được ban hành chưa??', 'Quy chế đã được ban hành'],
    ['Đơn vị có cập nhật sổ theo dõi, hay không?', 'Đơn vị có cập nhật sổ theo dõi'],
    ['Kết quả có được công bố hoặc chưa?', 'Kết quả được công bố'],
    ['Không có hồ sơ trễ hạn  không?', 'Không có hồ sơ trễ hạn'],
    ['Hồ sơ (mẫu 01?) có đủ không?', 'Hồ sơ (mẫu 01?) có đủ'],
    ['Tỷ lệ hồ sơ giải quyết đúng hạn;?', 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
    ['Hồ sơ có được lưu trữ?', 'Hồ sơ có được lưu trữ'],
    ['Cán bộ có được tập huấn, có được phân công không?', 'Cán bộ được tập huấn, có được phân công'],
  ])('%j → %j', (question, statement) => {
    expect(questionAsStatement(question)).toBe(statement);
  });

  it('returns text that is not a question as it is, only trimmed', () => {
    expect(questionAsStatement('  hồ sơ có được lưu trữ đầy đủ.  ')).toBe('hồ sơ có được lưu trữ đầy đủ.');
  });
});

import { describe, expect, it } from 'vitest';
import { localDayStart } from '../../electron/backend/modules/actions/actionClock';
import { parseTypedDate } from '../../renderer/src/components/parseTypedDate';

describe('dates typed in the action forms', () => {
  it('reads day first, as written in Vietnam, with any of the usual separators', () => {
    expect(parseTypedDate('10/03/2026')).toBe('2026-03-10');
    expect(parseTypedDate('1/3/2026')).toBe('2026-03-01');
    expect(parseTypedDate(' 31.12.2026 ')).toBe('2026-12-31');
    expect(parseTypedDate('29-02-2028')).toBe('2028-02-29');
  });

  it('gives nothing for a day that does not exist or a date still being typed', () => {
    expect(parseTypedDate('29/02/2026')).toBeNull();
    expect(parseTypedDate('31/04/2026')).toBeNull();
    expect(parseTypedDate('10/03/20')).toBeNull();
    expect(parseTypedDate('2026-03-10')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});

describe('the start of a day in Asia/Ho_Chi_Minh, for comparing stored instants', () => {
  it('is 17:00 UTC the evening before', () => {
    expect(localDayStart('2026-03-11')).toBe('2026-03-10T17:00:00.000Z');
    expect(localDayStart('2026-01-01')).toBe('2025-12-31T17:00:00.000Z');
  });
});

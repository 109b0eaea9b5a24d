import { describe, expect, it } from 'vitest';
import { byPersonName, comparePersonNames, givenName } from '../../electron/shared/personNames';

describe('the order of people in Vietnamese lists', () => {
  it('reads the given name as the last word of the full name', () => {
    expect(givenName('  Nguyễn   Thị Minh Khai ')).toBe('Khai');
    expect(givenName('Bình')).toBe('Bình');
  });

  it('sorts by given name with the Vietnamese alphabet, then by the rest of the name', () => {
    const names = ['Lê Văn Đức', 'Trần Thị Dung', 'Nguyễn Văn An', 'Đỗ Thị Ánh', 'Bùi Văn Ân', 'Phạm Văn Dung', 'Hoàng Ơn'];
    expect([...names].sort(comparePersonNames)).toEqual(['Nguyễn Văn An', 'Đỗ Thị Ánh', 'Bùi Văn Ân', 'Phạm Văn Dung', 'Trần Thị Dung', 'Lê Văn Đức', 'Hoàng Ơn']);
  });

  it('orders records by their fullName', () => {
    const people = [{ fullName: 'Trần Văn Bình' }, { fullName: 'Lê An' }];
    expect([...people].sort(byPersonName).map((p) => p.fullName)).toEqual(['Lê An', 'Trần Văn Bình']);
  });
});

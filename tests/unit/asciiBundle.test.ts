import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../electron/build/electronBundles';

/** Code with the kinds of Vietnamese regular expressions the back end has, and a string for good measure. */
const code = `
  const fold = (value) => value.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const place = /(phường|xã|thị trấn|đặc khu) (.+)$/;
  const clause = /^\\s*(?:điều\\s*|đ\\.?\\s*)?(\\d{1,2})/iu;
  const tone = /[à-ỹ]+/u;
  const astral = /😀+/u;
  const label = 'Biên bản kiểm tra'; // chú thích tiếng Việt
  return [fold('Đường Đồng'), place.exec('Ủy ban nhân dân phường Bến Thành')?.[2], clause.exec('Điều 12')?.[1], tone.exec('abc ường')?.[0], astral.test('x😀😀'), label];
`;

describe('the Node bundles written in ASCII', () => {
  it('escapes every other character, and the code does what it did', () => {
    const escaped = escapeNonAscii(code);
    expect(/[\u0080-\uffff]/.test(escaped)).toBe(false);
    const run = (source: string) => new Function(source)() as unknown[];
    expect(run(escaped)).toEqual(run(code));
    expect(run(escaped)).toEqual(['Duong Dong', 'Bến Thành', '12', 'ườ', true, 'Biên bản kiểm tra']);
  });
});

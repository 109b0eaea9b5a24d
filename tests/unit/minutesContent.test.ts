import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../electron/backend/modules/minutes/minutesContent';
import { typeset } from '../../electron/backend/modules/minutes/minutesTypesetting';
import { copiesInWords, periodText } from '../../electron/backend/modules/minutes/minutesWording';
import { signatureFieldName } from '../../electron/backend/modules/minutes/signatureBlocks';

describe('minutes content', () => {
  it('hashes the same data to the same canonical JSON whatever the key order', () => {
    const a = { kind: 'CCHC', document: { number: '01/BB-UBND', issueDate: '2026-11-25' }, findings: [{ number: '01', description: 'Thiếu hồ sơ' }] };
    const b = { findings: [{ description: 'Thiếu hồ sơ', number: '01' }], document: { issueDate: '2026-11-25', number: '01/BB-UBND' }, kind: 'CCHC' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"document":{"issueDate":"2026-11-25","number":"01/BB-UBND"},"findings":[{"description":"Thiếu hồ sơ","number":"01"}],"kind":"CCHC"}');
    expect(sha256Hex(canonicalJson(a))).not.toBe(sha256Hex(canonicalJson({ ...a, kind: 'ISO' })));
  });

  it('keeps document codes and dates whole and the standard on one line', () => {
    expect(typeset('Căn cứ Quyết định số 125/QĐ-UBND ngày 10/11/2026 về TCVN ISO 9001:2015')).toEqual([
      'Căn cứ Quyết định số ',
      { text: '125/QĐ-UBND', keepTogether: true },
      ' ngày ',
      { text: '10/11/2026', keepTogether: true },
      ' về TCVN\u00a0ISO\u00a09001:2015',
    ]);
    expect(typeset('Phòng Văn hóa - Xã hội')).toEqual(['Phòng Văn hóa - Xã hội']);
  });

  it('words periods, copies and signature fields as Vietnamese minutes do', () => {
    expect(periodText('2026-11-24', '2026-11-24')).toBe('ngày 24/11/2026');
    expect(periodText('2026-11-24', '2026-11-25')).toBe('từ ngày 24/11/2026 đến ngày 25/11/2026');
    expect(copiesInWords(2)).toBe('02 (hai)');
    expect(signatureFieldName({ role: 'truong_doan', fullName: 'Nguyễn Văn Đức' }, 'ISO')).toBe('Trưởng đoàn đánh giá - Nguyễn Văn Đức');
    expect(signatureFieldName({ role: 'dai_dien', fullName: 'Trần Thị Bích Ngọc' }, 'CCHC')).toBe('Đại diện đơn vị được kiểm tra - Trần Thị Bích Ngọc');
  });
});

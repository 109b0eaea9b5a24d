import { describe, expect, it } from 'vitest';
import { bodyNameInText, fillLegalBasis } from '../../electron/shared/legalBasisText';

describe('legal basis placeholders', () => {
  it('fills the body, the administrative unit, the place and the year', () => {
    const organization = { bodyName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG', placeName: 'Đông Hưng' };
    expect(fillLegalBasis('Kế hoạch CCHC năm {năm} của {cơ quan}; quy chế {đơn vị hành chính}, tại {địa danh}', organization, 2027)).toBe(
      'Kế hoạch CCHC năm 2027 của Ủy ban nhân dân xã Đông Hưng; quy chế xã Đông Hưng, tại Đông Hưng',
    );
  });

  it('leaves text without placeholders as it is, and an unknown placeholder visible rather than empty', () => {
    const organization = { bodyName: 'ỦY BAN NHÂN DÂN PHƯỜNG HÒA PHONG', placeName: 'Hòa Phong' };
    expect(fillLegalBasis('Nghị định số 30/2020/NĐ-CP', organization, 2026)).toBe('Nghị định số 30/2020/NĐ-CP');
    expect(fillLegalBasis('Quyết định {số}', organization, 2026)).toBe('Quyết định {số}');
  });

  it('writes the body name for running text, capitalising the place even when the place name is spelt otherwise', () => {
    expect(bodyNameInText({ bodyName: 'ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH', placeName: 'Bắc Hồng Lĩnh' })).toBe('Ủy ban nhân dân phường Bắc Hồng Lĩnh');
    expect(bodyNameInText({ bodyName: 'ỦY BAN NHÂN DÂN THỊ TRẤN CẦU GIÁT', placeName: 'Quỳnh Lưu' })).toBe('Ủy ban nhân dân thị trấn Cầu Giát');
    // A place spelt with a capital inside a word keeps its own spelling rather than word-by-word capitals.
    expect(bodyNameInText({ bodyName: "ỦY BAN NHÂN DÂN XÃ IA H'DRAI", placeName: "Ia H'Drai" })).toBe("Ủy ban nhân dân xã Ia H'Drai");
    // Without an administrative-unit word the body falls back to the place name for {đơn vị hành chính}.
    expect(fillLegalBasis('{đơn vị hành chính}', { bodyName: 'BAN QUẢN LÝ KHU KINH TẾ', placeName: 'Vũng Áng' }, 2026)).toBe('Vũng Áng');
  });
});

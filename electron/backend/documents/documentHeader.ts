import type { Content } from 'pdfmake/interfaces';
import { INNER_WIDTH } from './pageLayout';
import { centredRule, noLinesLayout, underlinedCentred } from './rules';
import { placeAndDate } from './vietnameseDates';

export interface DocumentHeaderInput {
  /** Tên cơ quan chủ quản, e.g. "UBND TỈNH HÀ TĨNH"; printed upper case, upright. */
  superiorBodyName: string;
  /** Tên cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH"; upper case, bold, with a short rule. */
  issuingBodyName: string;
  /** "05/KH-UBND" (see documentCode); a draft passes "…/KH-UBND". */
  documentCode: string;
  placeName: string;
  /** The date of issue, yyyy-MM-dd; null prints "ngày … tháng … năm <year>". */
  issueDate: string | null;
  year: number;
  width?: number;
}

/** Share of the width for boxes 2–3 (issuer, number); the rest holds the Quốc hiệu on one line. */
export const HEADER_LEFT_SHARE = 0.4;
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Sizes of Phụ lục I: superior and issuer 13, Quốc hiệu 12.5, Tiêu ngữ 13.5, number 13, place and date 14. */
export const HEADER_SIZES = { superior: 13, issuer: 13, nationalName: 12.5, motto: 13.5, number: 13, placeAndDate: 14 };
/** The issuer's short rule: at most this long (points). */
export const ISSUER_RULE_MAX = 80;

/**
 * Boxes 1–4 of NĐ 30/2020 Phụ lục I: on the left the superior body (upright), the issuing body (bold)
 * with a short rule, and "Số: …"; on the right the Quốc hiệu (bold), the Tiêu ngữ (bold) with a rule as
 * long as the text, and the italic place-and-date line level with the number.
 */
export function documentHeader(input: DocumentHeaderInput): Content {
  const width = input.width ?? INNER_WIDTH;
  const leftWidth = width * HEADER_LEFT_SHARE;
  const s = HEADER_SIZES;
  const rightWidth = width - leftWidth;
  return {
    table: {
      widths: [leftWidth, rightWidth],
      body: [
        [
          {
            stack: [
              { text: input.superiorBodyName.toLocaleUpperCase('vi'), fontSize: s.superior, alignment: 'center' },
              { text: input.issuingBodyName.toLocaleUpperCase('vi'), fontSize: s.issuer, bold: true, alignment: 'center' },
              centredRule(Math.min(leftWidth * 0.4, ISSUER_RULE_MAX), leftWidth, 2),
            ],
          },
          {
            stack: [
              { text: NATIONAL_NAME, fontSize: s.nationalName, bold: true, alignment: 'center', noWrap: true },
              underlinedCentred(NATIONAL_MOTTO, { bold: true, fontSize: s.motto }),
            ],
          },
        ],
        [
          { text: `Số: ${input.documentCode}`, fontSize: s.number, alignment: 'center', margin: [0, 6, 0, 0] },
          { text: placeAndDate(input.placeName, input.issueDate, input.year), fontSize: s.placeAndDate, italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
        ],
      ],
    },
    layout: noLinesLayout,
    margin: [0, 0, 0, 18],
  };
}

/** "05/KH-UBND": the type's abbreviation (Phụ lục III: KH, BB, QĐ, BC, TB…) and the issuer's; numbers below 10 take a leading 0. */
export function documentCode(number: string | null, typeCode: string, issuerCode: string): string {
  return `${number ? number.padStart(2, '0') : '…'}/${typeCode}-${issuerCode}`;
}

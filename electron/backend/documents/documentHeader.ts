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
const LEFT_SHARE = 0.4;

/**
 * Boxes 1–4 of NĐ 30/2020 Phụ lục I: on the left the superior body (upright), the issuing body (bold)
 * with a short rule, and "Số: …"; on the right the Quốc hiệu (bold), the Tiêu ngữ (bold) with a rule as
 * long as the text, and the italic place-and-date line level with the number.
 */
export function documentHeader(input: DocumentHeaderInput): Content {
  const width = input.width ?? INNER_WIDTH;
  const leftWidth = width * LEFT_SHARE;
  const rightWidth = width - leftWidth;
  return {
    table: {
      widths: [leftWidth, rightWidth],
      body: [
        [
          {
            stack: [
              { text: input.superiorBodyName.toLocaleUpperCase('vi'), fontSize: 13, alignment: 'center' },
              { text: input.issuingBodyName.toLocaleUpperCase('vi'), fontSize: 13, bold: true, alignment: 'center' },
              centredRule(Math.min(leftWidth * 0.4, 80), leftWidth, 2),
            ],
          },
          {
            stack: [
              { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', fontSize: 12.5, bold: true, alignment: 'center', noWrap: true },
              underlinedCentred('Độc lập - Tự do - Hạnh phúc', { bold: true, fontSize: 13.5 }),
            ],
          },
        ],
        [
          { text: `Số: ${input.documentCode}`, fontSize: 13, alignment: 'center', margin: [0, 6, 0, 0] },
          { text: placeAndDate(input.placeName, input.issueDate, input.year), fontSize: 14, italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
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

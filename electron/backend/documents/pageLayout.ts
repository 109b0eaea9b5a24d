import type { DynamicContent } from 'pdfmake/interfaces';

/** Points per millimetre. */
export const MM = 72 / 25.4;
export const A4_WIDTH = 595.28;
export const A4_HEIGHT = 841.89;

/** A4 portrait, margins top 20 mm, left 30 mm, right 15 mm, bottom 20 mm: the lower bounds of NĐ 30/2020 Phụ lục I (reference.md §4.2). */
export const PAGE_MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM];
export const INNER_WIDTH = A4_WIDTH - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const PAGE_NUMBER_SIZE = 13;

/** Page numbers in Arabic numerals, size 13, upright, centred in the top margin, from page 2 on. */
export function pageNumbers(font: string): DynamicContent {
  return (currentPage: number) => (currentPage === 1 ? null : { text: String(currentPage), font, fontSize: PAGE_NUMBER_SIZE, alignment: 'center', margin: [0, 10 * MM, 0, 0] });
}

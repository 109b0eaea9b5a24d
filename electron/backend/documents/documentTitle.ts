import type { Content } from 'pdfmake/interfaces';
import { INNER_WIDTH } from './pageLayout';
import { centredRule } from './rules';

/** The title's short rule: at most this long (points). */
export const TITLE_RULE_MAX = 120;

/** Box 5: the document type ("KẾ HOẠCH", "BIÊN BẢN") and its summary line, bold, centred, with a short rule under them. */
export function documentTitle(type: string, summary: string, width = INNER_WIDTH): Content {
  return {
    stack: [
      { text: type.toLocaleUpperCase('vi'), bold: true, fontSize: 14, alignment: 'center' },
      { text: summary, bold: true, fontSize: 14, alignment: 'center', margin: [30, 0, 30, 0] },
      centredRule(Math.min(width / 3, TITLE_RULE_MAX), width, 4),
    ],
    margin: [0, 0, 0, 14],
  };
}

import type { Content, ContentText } from 'pdfmake/interfaces';
import { MM } from './pageLayout';

/** Body text: size 14, justified, first line indented 1 cm, 6 pt between paragraphs, line spacing 1.15 (Phụ lục I). */
export const BODY_FONT_SIZE = 14;
const FIRST_LINE_INDENT = 10 * MM;
const PARAGRAPH_GAP = 6;
const LINE_HEIGHT = 1.15;

export interface ParagraphOptions {
  bold?: boolean;
  italics?: boolean;
  /** Headings and list items start at the margin, without the first-line indent. */
  indent?: boolean;
}

/** One body paragraph; text may be a string or pdfmake inline runs (e.g. a bold lead-in). */
export function paragraph(text: ContentText['text'], options: ParagraphOptions = {}): Content {
  return {
    text,
    fontSize: BODY_FONT_SIZE,
    alignment: 'justify',
    lineHeight: LINE_HEIGHT,
    leadingIndent: options.indent === false ? 0 : FIRST_LINE_INDENT,
    bold: options.bold,
    italics: options.italics,
    margin: [0, PARAGRAPH_GAP, 0, 0],
  };
}

/**
 * A numbered heading of the body: level 1 "I. MỤC ĐÍCH, YÊU CẦU" (upper case, bold), level 2
 * "1. Mục đích" (bold). Both are indented like paragraphs and kept with the text that follows.
 */
export function heading(number: string, title: string, level: 1 | 2): Content {
  return {
    text: `${number}. ${level === 1 ? title.toLocaleUpperCase('vi') : title}`,
    fontSize: BODY_FONT_SIZE,
    bold: true,
    lineHeight: LINE_HEIGHT,
    leadingIndent: FIRST_LINE_INDENT,
    margin: [0, PARAGRAPH_GAP + (level === 1 ? 4 : 0), 0, 0],
    headlineLevel: level,
  };
}

/** "- item;" lines as Vietnamese documents list them, the last ending with a full stop. */
export function dashList(items: string[], closing = '.'): Content[] {
  return items.map((item, index) => paragraph(`- ${item.replace(/[.;]\s*$/, '')}${index === items.length - 1 ? closing : ';'}`));
}

/** Roman numerals for level-1 headings. */
export function roman(n: number): string {
  const numerals: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let result = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      result += numeral;
      rest -= value;
    }
  }
  return result;
}

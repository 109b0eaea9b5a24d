import type { HeadingBlock, ParagraphBlock, Run } from './documentModel';

/** Body text: size 14, justified, first line indented 1 cm, 6 pt between paragraphs, line spacing 1.15 (Phụ lục I). */
export const BODY_FONT_SIZE = 14;
export const FIRST_LINE_INDENT_MM = 10;
export const PARAGRAPH_GAP = 6;
export const LINE_HEIGHT = 1.15;
/** Extra space above a level-1 heading. */
export const LEVEL_ONE_EXTRA_GAP = 4;

export interface ParagraphOptions {
  bold?: boolean;
  italics?: boolean;
  /** Headings and list items start at the margin, without the first-line indent. */
  indent?: boolean;
  keepWhole?: boolean;
}

/** One body paragraph; text may be a string or inline runs (e.g. a bold lead-in). */
export function paragraph(text: string | Run[], options: ParagraphOptions = {}): ParagraphBlock {
  return {
    kind: 'paragraph',
    runs: typeof text === 'string' ? [text] : text,
    indent: options.indent !== false,
    ...(options.bold ? { bold: true } : {}),
    ...(options.italics ? { italics: true } : {}),
    ...(options.keepWhole ? { keepWhole: true } : {}),
  };
}

/**
 * A numbered heading of the body: level 1 "I. MỤC ĐÍCH, YÊU CẦU" (upper case, bold), level 2
 * "1. Mục đích" (bold). Both are indented like paragraphs and kept with the text that follows.
 */
export function heading(number: string, title: string, level: 1 | 2): HeadingBlock {
  return { kind: 'heading', number, title, level };
}

/** The printed text of a heading. */
export const headingText = (block: HeadingBlock): string => `${block.number}. ${block.level === 1 ? block.title.toLocaleUpperCase('vi') : block.title}`;

/** "- item;" as Vietnamese documents list them, the last ending with the closing mark. */
export function dashLines(items: string[], closing = '.'): string[] {
  return items.map((item, index) => `- ${item.replace(/[.;]\s*$/, '')}${index === items.length - 1 ? closing : ';'}`);
}

/** "- item;" paragraphs, the last ending with a full stop. */
export function dashList(items: string[], closing = '.'): ParagraphBlock[] {
  return dashLines(items, closing).map((line) => paragraph(line));
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

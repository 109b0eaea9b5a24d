import type { Content } from 'pdfmake/interfaces';
import { BODY_FONT_SIZE, LINE_HEIGHT, PARAGRAPH_GAP } from './bodyText';
import { cellLines, runText } from './documentModel';
import type { BodyBlock, TableBlock } from './documentModel';
import { INNER_WIDTH } from './pageLayout';
import { pdfBlock, TABLE_CELL_PADDING_X, TABLE_CELL_PADDING_Y, TABLE_LINE_WIDTH, TABLE_TOP_GAP } from './pdfBlocks';

/** Text this short never fills a page, so an unbreakable block of headings and it always fits. */
const KEEPABLE_TEXT_LENGTH = 1200;

/** Tinos's line (ascender, descender and line gap) in ems. */
const FONT_LINE = 1.15;
/**
 * A generous width of one character in ems: Tinos sets Vietnamese text at under half an em a character,
 * so lines counted with this come out no fewer than pdfmake lays out, and a heading moves on a little
 * early rather than too late.
 */
const CHARACTER_WIDTH = 0.6;
/** The lines of a long paragraph that must follow its heading on the same page. */
const LINES_WITH_HEADING = 2;

/** Lines a text takes in a box `width` points wide, words wrapped greedily at CHARACTER_WIDTH each. */
function lineCount(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (CHARACTER_WIDTH * fontSize)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) {
      used = needed;
    } else if (used === 0) {
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine;
    } else {
      lines += Math.ceil(word.length / perLine);
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/** The text width of each column: fixed widths as given, the star columns share the rest. */
function columnTextWidths(table: TableBlock): number[] {
  const padding = 2 * TABLE_CELL_PADDING_X + TABLE_LINE_WIDTH;
  const fixed = table.columns.reduce((sum, column) => sum + (column.width === '*' ? 0 : column.width), 0);
  const stars = table.columns.filter((column) => column.width === '*').length;
  const star = (INNER_WIDTH - fixed - table.columns.length * padding - TABLE_LINE_WIDTH) / Math.max(1, stars);
  return table.columns.map((column) => (column.width === '*' ? star : column.width) - 2 * TABLE_CELL_PADDING_X);
}

/** The height of a row of cells, each cell's lines counted in its column's width. */
function rowHeight(cells: string[][], widths: number[], fontSize: number): number {
  const lines = Math.max(...cells.map((cell, column) => cell.reduce((sum, line) => sum + lineCount(line, widths[column] ?? INNER_WIDTH, fontSize), 0)));
  return lines * FONT_LINE * fontSize + 2 * TABLE_CELL_PADDING_Y + TABLE_LINE_WIDTH;
}

/**
 * What must be on the page with a heading for it not to stand alone: the top of a table down to the end
 * of its first row (pdfmake keeps the header row and the first row together, and repeats the header on
 * the pages after), or the first lines of a long paragraph.
 */
function openingHeight(block: BodyBlock): number {
  if (block.kind === 'table') {
    const widths = columnTextWidths(block);
    const header = rowHeight(block.columns.map((column) => [column.header]), widths, block.fontSize);
    const firstRow = block.rows[0] ? rowHeight(block.rows[0].map((cell) => cellLines(cell).map((line) => line.map(runText).join(''))), widths, block.fontSize) : 0;
    return TABLE_TOP_GAP + TABLE_LINE_WIDTH + header + firstRow;
  }
  return PARAGRAPH_GAP + LINES_WITH_HEADING * FONT_LINE * LINE_HEIGHT * BODY_FONT_SIZE;
}

/** A paragraph short enough to travel whole with what it is kept with. */
export const isShortParagraph = (block: BodyBlock): boolean =>
  block.kind === 'paragraph' && block.runs.reduce((sum, run) => sum + runText(run).length, 0) <= KEEPABLE_TEXT_LENGTH;

/** Short paragraphs and charts travel whole with the headings before them. */
const travelsWhole = (block: BodyBlock): boolean => block.kind === 'chart' || isShortParagraph(block);

type Margin = [number, number, number, number];

/** A node with its margin (left, top, right, bottom) changed. */
function withMargin(node: Content, change: (margin: Margin) => Margin): Content {
  const [left = 0, top = 0, right = 0, bottom = 0] = ((node as { margin?: number[] }).margin ?? []) as number[];
  return { ...(node as object), margin: change([left, top, right, bottom]) } as Content;
}

/**
 * The body as pdfmake content, each run of headings kept on the page of what follows it, in pdfmake's
 * one layout pass (a pageBreakBefore rule that asks for a break makes pdfmake lay the whole document out
 * again):
 * - a short paragraph or a chart goes with its headings into one unbreakable stack;
 * - a table or a long paragraph may be longer than a page, and an unbreakable block must fit on one; so
 *   the last heading's bottom margin, inside the headings' unbreakable stack, is made as tall as the
 *   start of the block (a table's header and first row, a paragraph's first lines), and the block is
 *   drawn up into that room by as much. When the
 *   room does not fit below the headings, they move to the next page, and the block follows them there.
 */
export function keepHeadingsWithNext(body: BodyBlock[]): Content[] {
  const kept: Content[] = [];
  let headings: Content[] = [];
  for (const block of body) {
    if (block.kind === 'heading') {
      headings.push(pdfBlock(block));
      continue;
    }
    const content = pdfBlock(block);
    if (headings.length === 0) {
      kept.push(content);
    } else if (travelsWhole(block)) {
      kept.push({ unbreakable: true, stack: [...headings, content] });
    } else {
      const room = openingHeight(block);
      const last = headings.at(-1)!;
      kept.push({ unbreakable: true, stack: [...headings.slice(0, -1), withMargin(last, (margin) => [margin[0], margin[1], margin[2], margin[3] + room])] });
      kept.push(withMargin(content, (margin) => [margin[0], margin[1] - room, margin[2], margin[3]]));
    }
    headings = [];
  }
  return [...kept, ...headings];
}

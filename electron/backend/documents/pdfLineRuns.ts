import { createRequire } from 'node:module';

/** A measured, placed word of a laid-out line (pdfmake's inline). */
interface Inline extends Record<string, unknown> {
  text: string;
  x: number;
  width: number;
  font: { ascender: number };
  fontSize: number;
  color: unknown;
  opacity: unknown;
  characterSpacing: number;
  justifyShift?: number;
}
interface Line {
  inlines: Inline[];
  id?: unknown;
  _outline?: unknown;
  _pageNodeRef?: unknown;
  getHeight(): number;
  getAscenderHeight(): number;
}
interface PdfkitDocument {
  _font: unknown;
  opacity(value: number): PdfkitDocument;
  fill(color: unknown): PdfkitDocument;
  resolveColor(color: unknown, fallback: string): unknown;
  fontSize(size: number): PdfkitDocument;
  /** pdfkit's writer of one piece of text at a place, behind text() (which also measures the piece again to move its cursor on). */
  _fragment(text: string, x: number, y: number, options: object): void;
}
interface RendererClass {
  prototype: { pdfDocument: PdfkitDocument; renderLine(line: Line, x: number, y: number): void };
}

/** What pdfmake draws for a word beyond its glyphs: a word with any of these is drawn by pdfmake itself. */
const EXTRAS = ['link', 'linkToPage', 'linkToDestination', 'decoration', 'background', 'sup', 'sub', 'fontFeatures', '_pageNodeRef'];

/** A word that ends in one space and has no other: pdfkit's word spacing splits a run of them where pdfmake did. */
const SPACED_WORD = /^\S+ $/;
const LAST_WORD = /^\S+ ?$/;

const sameLook = (a: Inline, b: Inline) => a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && a.opacity === b.opacity;

/**
 * Whether `next` can be drawn in one text call with the run ending in `last`. Both keep pdfkit's glyph
 * positions exactly where pdfmake put each word: pdfkit shapes text in pieces cut after each space, as
 * pdfmake measured the words, so words joined after a space land at the sum of the widths before them;
 * and in a justified line, where every word after the first is moved on by the same share of the
 * spare width, pdfkit's word spacing adds that share after each space.
 */
function joins(last: Inline, next: Inline): boolean {
  if (!sameLook(last, next)) return false;
  if (!next.justifyShift) return /[ \t]$/.test(last.text);
  return (last.justifyShift === undefined || last.justifyShift === next.justifyShift) && SPACED_WORD.test(last.text) && LAST_WORD.test(next.text);
}

/** The line's words in runs that can each be drawn in one text call. */
function runsOf(inlines: Inline[]): Inline[][] {
  const runs: Inline[][] = [];
  for (const inline of inlines) {
    const run = runs.at(-1);
    if (run && joins(run.at(-1)!, inline)) run.push(inline);
    else runs.push([inline]);
  }
  return runs;
}

/**
 * pdfmake draws every word with its own text call (Renderer.renderLine: its own text object, colour,
 * opacity, transform and glyph run; pdfmake's source notes the merge as a to-do), which made drawing
 * the minutes' lines cost twice what pdfkit takes to write the same text. A line of plain text (no
 * links, decorations, backgrounds, superscripts, font features, page references or outline entries:
 * the administrative documents use none) is drawn here a run of same-looking words at a time, with
 * the calls pdfmake makes, down to the piece writer pdfkit's text() ends in: every run has its place,
 * and text() would shape each run again only to move a cursor nothing reads. Any other line is left
 * to pdfmake. In a justified line a run is written as its words with the justified spacing after each
 * (pdfkit's wordSpacing), as pdfkit writes any justified text, so the spaces of those lines are gaps
 * in the PDF rather than space glyphs; text extraction reads them as spaces all the same.
 */
export function drawLinesInRuns(): void {
  const require = createRequire(import.meta.url);
  const Renderer = (require('pdfmake/js/Renderer') as { default: RendererClass }).default;
  const pdfmakeRenderLine = Renderer.prototype.renderLine;

  Renderer.prototype.renderLine = function renderLine(line, x = 0, y = 0) {
    const plain = line.id === undefined && !line._outline && !line._pageNodeRef && line.inlines.every((inline) => EXTRAS.every((extra) => !inline[extra]) && !inline.characterSpacing);
    if (!plain) return pdfmakeRenderLine.call(this, line, x, y);
    const lineHeight = line.getHeight();
    const descent = lineHeight - line.getAscenderHeight();
    const pdf = this.pdfDocument;
    for (const run of runsOf(line.inlines)) {
      const [first] = run as [Inline, ...Inline[]];
      const wordSpacing = run.length > 1 ? (run[1]!.justifyShift ?? 0) : 0;
      pdf.opacity(typeof first.opacity === 'number' ? first.opacity : 1);
      pdf.fill(pdf.resolveColor(first.color, 'black'));
      pdf._font = first.font;
      pdf.fontSize(first.fontSize);
      const baseline = y + lineHeight - (first.font.ascender / 1000) * first.fontSize - descent;
      const text = run.map((inline) => inline.text).join('');
      const width = run.reduce((sum, inline) => sum + inline.width, 0);
      pdf._fragment(text, x + first.x, baseline, { textWidth: width, wordCount: run.length, ...(wordSpacing ? { wordSpacing } : {}) });
    }
  };
}

import { createRequire } from 'node:module';

/** A word as pdfmake's TextBreaker hands it to TextInlines.measure, and as measure leaves it (the fields the layout reads). */
interface Word extends Record<string, unknown> {
  text: string;
  font: MeasuringFont;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: number;
  leadingCut?: number;
  leadingIndent?: number;
  trailingCut?: number;
}
/** The part of a pdfkit font the measuring reads (`font` is the parsed fontkit font, shared by every document: pdfFonts.ts). */
interface MeasuringFont {
  font?: object;
  widthOfString(text: string, size: number, features?: unknown): number;
  lineHeight(size: number): number;
}
interface StyleStack {
  readonly _brand?: never;
}
interface TextInlinesClass {
  prototype: {
    pdfDocument: { provideFont(font: string, bold: boolean, italics: boolean): MeasuringFont };
    measure(words: Word[], styleStack: StyleStack): Word[];
    widthOfText(text: string, word: Pick<Word, 'font' | 'fontSize' | 'fontFeatures' | 'characterSpacing'>): number;
  };
}
interface StyleContextStackClass {
  getStyleProperty(item: object, stack: StyleStack, property: string, defaultValue: unknown): unknown;
}

/** The style properties measure gives every word, with pdfmake's defaults (pdfmake 0.3 TextInlines.measure). */
const WORD_STYLE = {
  alignment: 'left',
  fontSize: 12,
  fontFeatures: null,
  characterSpacing: 0,
  color: 'black',
  decoration: null,
  decorationColor: null,
  decorationStyle: null,
  decorationThickness: null,
  background: null,
  link: null,
  linkToPage: null,
  linkToDestination: null,
  noWrap: null,
  opacity: 1,
  sup: false,
  sub: false,
} as const;
/** The rest of what measure resolves: the face, and how the line and the spaces around the word are counted. */
const MEASURE_STYLE = { font: 'Roboto', bold: false, italics: false, lineHeight: 1, preserveLeadingSpaces: false, preserveTrailingSpaces: false } as const;
const RESOLVED = { ...WORD_STYLE, ...MEASURE_STYLE };
/**
 * Everything a word's resolved style depends on besides the style stack: each property the word sets
 * itself, and its named styles (`style`; `section` stops them), which pdfmake pushes on the stack for it.
 */
const STYLE_INPUTS = [...Object.keys(RESOLVED), 'style', 'section'];

const LEADING = /^\s+/;
const TRAILING = /\s+$/;

/** Widths in thousandths of the font size, per parsed font and text; a worker's documents share them. */
const widths = new WeakMap<object, Map<string, number>>();
/** Enough for the words of many documents; past it the cache starts again rather than grow without end. */
const WIDTHS_PER_FONT = 50_000;

function cachedWidth(font: MeasuringFont, text: string): number {
  let known = widths.get(font.font!);
  if (!known) widths.set(font.font!, (known = new Map()));
  let width = known.get(text);
  if (width === undefined) {
    if (known.size >= WIDTHS_PER_FONT) known.clear();
    width = font.widthOfString(text, 1000);
    known.set(text, width);
  }
  return width;
}

/**
 * pdfmake measures each word of a text on its own (TextInlines.measure): it looks each of some twenty
 * style properties up through the style stack for every word, and asks pdfkit for the word's width,
 * which shapes it with fontkit once per document. For the minutes that was over 40 % of the render.
 * The words of one text share their style, so it is resolved once for each run of words that set the
 * same style properties themselves, through pdfmake's own getStyleProperty, and a word's width is kept
 * per parsed font for every later document (a width depends only on the font file and the text; the
 * glyphs each document embeds are still shaped in that document). The words come out as pdfmake's
 * measure leaves them: pdfWordMeasure.test.ts compares the two.
 */
export function measureWordsOncePerStyle(): void {
  const require = createRequire(import.meta.url);
  const TextInlines = (require('pdfmake/js/TextInlines') as { default: TextInlinesClass }).default;
  const { getStyleProperty } = (require('pdfmake/js/StyleContextStack') as { default: StyleContextStackClass }).default;
  const pdfmakeWidthOfText = TextInlines.prototype.widthOfText;

  TextInlines.prototype.widthOfText = function widthOfText(text, word) {
    if (word.fontFeatures || !word.font.font) return pdfmakeWidthOfText.call(this, text, word);
    return cachedWidth(word.font, text) * (word.fontSize / 1000) + (word.characterSpacing || 0) * (text.length - 1);
  };

  TextInlines.prototype.measure = function measure(words, stack) {
    const first = words[0];
    if (first) {
      const leadingIndent = getStyleProperty(first, stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        first.leadingCut = -leadingIndent;
        first.leadingIndent = leadingIndent;
      }
    }
    const inputs: unknown[] = [];
    let style: Record<string, unknown> = {};
    let face: MeasuringFont | null = null;
    for (const word of words) {
      if (face === null || STYLE_INPUTS.some((key, i) => word[key] !== inputs[i])) {
        STYLE_INPUTS.forEach((key, i) => (inputs[i] = word[key]));
        style = Object.fromEntries(Object.entries(RESOLVED).map(([key, fallback]) => [key, getStyleProperty(word, stack, key, fallback)]));
        face = this.pdfDocument.provideFont(style.font as string, style.bold as boolean, style.italics as boolean);
      }
      for (const key of Object.keys(WORD_STYLE)) word[key] = style[key];
      word.font = face;
      // Superscript and subscript at 58 % of the size, as pdfmake sets them.
      if (word.sup || word.sub) word.fontSize *= 0.58;
      word.width = this.widthOfText(word.text, word);
      word.height = face.lineHeight(word.fontSize) * (style.lineHeight as number);
      word.leadingCut ||= 0;
      const leadingSpaces = style.preserveLeadingSpaces ? null : LEADING.exec(word.text);
      if (leadingSpaces) word.leadingCut += this.widthOfText(leadingSpaces[0], word);
      const trailingSpaces = style.preserveTrailingSpaces ? null : TRAILING.exec(word.text);
      word.trailingCut = trailingSpaces ? this.widthOfText(trailingSpaces[0], word) : 0;
    }
    return words;
  };
}

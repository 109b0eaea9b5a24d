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
interface MeasuringDocument {
  provideFont(font: string, bold: boolean, italics: boolean): MeasuringFont;
}
interface TextInlinesClass {
  prototype: {
    pdfDocument: MeasuringDocument;
    measure(words: Word[], styleStack: StyleStack): Word[];
    widthOfText(text: string, word: Pick<Word, 'font' | 'fontSize' | 'fontFeatures' | 'characterSpacing'>): number;
  };
}
interface StyleContextStackClass {
  getStyleProperty(item: object, stack: StyleStack, property: string, defaultValue: unknown): unknown;
}

type StyleLookup = <T>(property: string, fallback: T) => T;

/** A word's style as pdfmake 0.3's TextInlines.measure resolves it, with its defaults. */
function resolvedStyle(get: StyleLookup, provideFont: MeasuringDocument['provideFont']) {
  return {
    face: provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false)),
    alignment: get('alignment', 'left'),
    fontSize: get('fontSize', 12),
    fontFeatures: get('fontFeatures', null),
    characterSpacing: get('characterSpacing', 0),
    color: get('color', 'black'),
    decoration: get('decoration', null),
    decorationColor: get('decorationColor', null),
    decorationStyle: get('decorationStyle', null),
    decorationThickness: get('decorationThickness', null),
    background: get('background', null),
    link: get('link', null),
    linkToPage: get('linkToPage', null),
    linkToDestination: get('linkToDestination', null),
    noWrap: get('noWrap', null),
    opacity: get('opacity', 1),
    sup: get('sup', false),
    sub: get('sub', false),
    lineHeight: get('lineHeight', 1),
    preserveLeadingSpaces: get('preserveLeadingSpaces', false),
    preserveTrailingSpaces: get('preserveTrailingSpaces', false),
  };
}
type ResolvedStyle = ReturnType<typeof resolvedStyle>;

/** The style measure gives a word (pdfmake writes these on every word, the layout and the drawing read them). */
function giveStyle(word: Word, style: ResolvedStyle): void {
  word.font = style.face;
  word.alignment = style.alignment;
  word.fontSize = style.fontSize;
  word.fontFeatures = style.fontFeatures;
  word.characterSpacing = style.characterSpacing;
  word.color = style.color;
  word.decoration = style.decoration;
  word.decorationColor = style.decorationColor;
  word.decorationStyle = style.decorationStyle;
  word.decorationThickness = style.decorationThickness;
  word.background = style.background;
  word.link = style.link;
  word.linkToPage = style.linkToPage;
  word.linkToDestination = style.linkToDestination;
  word.noWrap = style.noWrap;
  word.opacity = style.opacity;
  word.sup = style.sup;
  word.sub = style.sub;
  // Superscript and subscript at 58 % of the size, as pdfmake sets them.
  if (word.sup || word.sub) word.fontSize *= 0.58;
}

/**
 * Everything a word's resolved style depends on besides the style stack: each property resolvedStyle
 * looks up, which the word may set itself, and the word's named styles (`style`; `section` stops them),
 * which pdfmake pushes on the stack for it.
 */
const STYLE_INPUTS = ((): string[] => {
  const lookedUp: string[] = [];
  resolvedStyle((property, fallback) => (lookedUp.push(property), fallback), () => ({}) as MeasuringFont);
  return [...lookedUp, 'style', 'section'];
})();

function sameStyleInputs(word: Word, inputs: unknown[]): boolean {
  for (let i = 0; i < STYLE_INPUTS.length; i++) if (word[STYLE_INPUTS[i]!] !== inputs[i]) return false;
  return true;
}

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
 * measure leaves them: tests/unit/pdfWordRuns.test.ts lays a document out with both and compares
 * where every word lands.
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
    let style: ResolvedStyle | null = null;
    for (const word of words) {
      if (style === null || !sameStyleInputs(word, inputs)) {
        for (let i = 0; i < STYLE_INPUTS.length; i++) inputs[i] = word[STYLE_INPUTS[i]!];
        style = resolvedStyle((property, fallback) => getStyleProperty(word, stack, property, fallback) as typeof fallback, this.pdfDocument.provideFont.bind(this.pdfDocument));
      }
      giveStyle(word, style);
      word.width = this.widthOfText(word.text, word);
      word.height = style.face.lineHeight(word.fontSize) * style.lineHeight;
      word.leadingCut ||= 0;
      const leadingSpaces = style.preserveLeadingSpaces ? null : LEADING.exec(word.text);
      if (leadingSpaces) word.leadingCut += this.widthOfText(leadingSpaces[0], word);
      const trailingSpaces = style.preserveTrailingSpaces ? null : TRAILING.exec(word.text);
      word.trailingCut = trailingSpaces ? this.widthOfText(trailingSpaces[0], word) : 0;
    }
    return words;
  };
}

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadPdfmake } from '../workers/heavyLibraries';
import { drawLinesInRuns } from './pdfLineRuns';
import { measureWordsOncePerStyle } from './pdfWordMeasure';

/** Tinos: metric-compatible with Times New Roman, full Vietnamese coverage (electron/resources/fonts). */
export const DOCUMENT_FONT = 'Tinos';

const FACES = { normal: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italics: 'Tinos-Italic.ttf', bolditalics: 'Tinos-BoldItalic.ttf' } as const;

interface Fontkit {
  create(buffer: Uint8Array): unknown;
  registerFormat(format: unknown): void;
}
interface PdfkitDocumentClass {
  prototype: { initFonts(...args: unknown[]): void; registerFont(name: string, src: Uint8Array): void };
}

/** The part of a parsed fontkit font that must not outlive a document (see shareParsedFonts). */
interface ParsedFontkitFont {
  _glyphs: Record<number, unknown>;
}
/** Stand-ins handed to pdfkit in place of the font files, each mapped to its font parsed once. */
const parsedFonts = new WeakMap<Uint8Array, ParsedFontkitFont>();
/** The font files by path, as pdfmake and its SVG renderer name them, and their stand-ins. */
const standIns = new Map<string, Uint8Array>();

/**
 * pdfkit parses each font file anew for every document (twice when a chart's SVG has text), and
 * fontkit then decodes the GSUB and GPOS tables again for the first lines it shapes: for the Tinos
 * faces that is most of a document's fixed cost. A parsed font is read-only apart from those
 * decoding caches (each document still makes its own subset), so documents share them:
 * - every pdfkit document registers each font path with a small stand-in buffer (pdfkit looks up
 *   registered names before it reads a file, for pdfmake's text and for the SVG renderer alike);
 * - fontkit gets a format (its public registerFormat) that claims exactly those stand-ins, which no
 *   real font format claims, and hands back the font parsed once.
 * fontkit keeps each glyph with the characters it was first made for, and pdfkit writes those into
 * the text layer; so each document starts with an empty glyph cache, as with a freshly parsed font,
 * and text copied from one document never depends on what an earlier one drew.
 */
function shareParsedFonts(): Fontkit {
  const require = createRequire(import.meta.url);
  const pdfkitMain = require.resolve('pdfkit');
  // pdfkit's own copy of fontkit (not a dependency of the app; a bundle must not inline another copy).
  const fontkit = require(require.resolve('fontkit', { paths: [path.dirname(pdfkitMain)] })) as Fontkit;
  class ParsedFont {
    static probe(buffer: Uint8Array): boolean {
      return parsedFonts.has(buffer);
    }
    constructor(stream: { buffer: Uint8Array }) {
      // A constructor may hand back another object: here, the font parsed before.
      return parsedFonts.get(stream.buffer) as ParsedFont;
    }
  }
  fontkit.registerFormat(ParsedFont);
  const pdfkitDocument = require(pdfkitMain) as PdfkitDocumentClass;
  const initFonts = pdfkitDocument.prototype.initFonts;
  pdfkitDocument.prototype.initFonts = function initFontsWithStandIns(...args: unknown[]) {
    initFonts.apply(this, args);
    for (const [name, standIn] of standIns) {
      this.registerFont(name, standIn);
      parsedFonts.get(standIn)!._glyphs = {};
    }
  };
  return fontkit;
}

let configuredFontsDir: string | null = null;
let fontkit: Fontkit | null = null;

/**
 * pdfmake is one shared instance. It may read only the app's own font files and never the network,
 * so a document definition cannot make it fetch or read anything else.
 */
function configurePdfmake(pdfmake: Awaited<ReturnType<typeof loadPdfmake>>, resourcesDir: string): void {
  const fontsDir = path.join(resourcesDir, 'fonts');
  if (configuredFontsDir === fontsDir) return;
  if (fontkit === null) {
    // Once per thread: the fonts shared between documents, and pdfmake's words measured and drawn in runs.
    fontkit = shareParsedFonts();
    measureWordsOncePerStyle();
    drawLinesInRuns();
  }
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsDir + path.sep));
  standIns.clear();
  const faces = Object.entries(FACES).map(([face, file]) => {
    const name = path.join(fontsDir, file);
    const standIn = Buffer.from(`parsed font ${name}`);
    parsedFonts.set(standIn, fontkit!.create(fs.readFileSync(name)) as ParsedFontkitFont);
    standIns.set(name, standIn);
    return [face, name];
  });
  pdfmake.addFonts({ [DOCUMENT_FONT]: Object.fromEntries(faces) });
  configuredFontsDir = fontsDir;
}

/** Renders a document definition to PDF bytes, with the fonts embedded. */
export async function renderPdf(doc: TDocumentDefinitions, resourcesDir: string): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  configurePdfmake(pdfmake, resourcesDir);
  return pdfmake.createPdf(doc).getBuffer();
}

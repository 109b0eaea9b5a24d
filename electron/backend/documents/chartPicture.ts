import path from 'node:path';
import type * as Resvg from '@resvg/resvg-js';
import { PictureCache } from './pictureCache';
import { encodePng } from './pngImage';

export type Rasteriser = Pick<typeof Resvg, 'renderAsync'>;

/**
 * Print resolution for pictures in the Word copy: 220 dpi at the printed size, Word's own default
 * resolution for the pictures of a document it saves (Options → Advanced → Image Size and Quality),
 * so a ward that edits and saves the copy keeps what it was given. The chart's labels, about 9 pt on
 * paper, are some 27 pixels to the em: diacritics (ệ, ợ, ể) read as sharp in print as at 300 dpi, which
 * drew twice the pixels for a picture Word brings down to 220 ppi on the first save anyway.
 */
export const PRINT_DPI = 220;

export interface ChartPicture {
  /** What it was drawn from (pictureKey): a picture drawn beforehand is used only for that drawing. */
  key: string;
  png: Buffer;
  widthPx: number;
  heightPx: number;
  heightPt: number;
  description: string;
}

/** The words a chart's SVG carries in its <title> or <desc>, if any, for the picture's alternative text. */
function describe(svg: string): string {
  const match = /<(?:title|desc)[^>]*>([^<]+)</.exec(svg);
  return match?.[1]?.trim() ?? 'Biểu đồ';
}

/** Pixels across for a printed width in points. */
export const printPixels = (widthPt: number) => Math.round((widthPt / 72) * PRINT_DPI);

/** The document's font files (never the system's, so every machine draws the same picture). */
function documentFonts(resourcesDir: string): Resvg.ResvgRenderOptions['font'] {
  const fontsDir = path.join(resourcesDir, 'fonts');
  return {
    loadSystemFonts: false,
    fontFiles: ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((face) => path.join(fontsDir, `Tinos-${face}.ttf`)),
    defaultFontFamily: 'Tinos',
    serifFamily: 'Tinos',
    sansSerifFamily: 'Tinos',
  };
}

/**
 * Where the time goes (measured on the yearly report's charts, 1657 px across): loading the four
 * font files is under half a millisecond; laying out the labels about 7 ms, drawing about 8 ms and
 * the rasteriser's own PNG encoding 20–30 ms. So the layout and drawing run on libuv's thread pool
 * (renderAsync) and the PNG is packed by encodePng, which lets a document's charts be made at once.
 */
async function draw(rasteriser: Rasteriser, key: string, svg: string, widthPt: number, resourcesDir: string): Promise<ChartPicture> {
  const image = await rasteriser.renderAsync(svg, { fitTo: { mode: 'width', value: printPixels(widthPt) }, font: documentFonts(resourcesDir), background: 'white' });
  // On a white background every pixel is opaque, so the rasteriser's premultiplied RGBA is plain RGBA.
  const png = await encodePng({ width: image.width, height: image.height, rgba: image.pixels }, PRINT_DPI);
  return { key, png, widthPx: image.width, heightPx: image.height, heightPt: (widthPt * image.height) / image.width, description: describe(svg) };
}

/** About 70 KB each: a few reports' charts. */
const drawnInThisWorker = new PictureCache<ChartPicture>(48);

/** Names a chart's picture by all it is drawn from: the SVG, its size in pixels and resolution, the fonts. */
export const pictureKey = (svg: string, widthPt: number, resourcesDir: string) => PictureCache.key(svg, printPixels(widthPt), PRINT_DPI, resourcesDir);

/** The chart's SVG as a PNG at print resolution for a given printed width (points). */
export function chartPicture(rasteriser: Rasteriser, svg: string, widthPt: number, resourcesDir: string): Promise<ChartPicture> {
  const key = pictureKey(svg, widthPt, resourcesDir);
  return drawnInThisWorker.picture(key, () => draw(rasteriser, key, svg, widthPt, resourcesDir));
}

import path from 'node:path';
import type { Resvg } from '@resvg/resvg-js';

export type Rasteriser = typeof Resvg;

/** Print resolution for pictures in the Word copy. */
export const PRINT_DPI = 300;

/** The words a chart's SVG carries in its <title> or <desc>, if any, for the picture's alternative text. */
function describe(svg: string): string {
  const match = /<(?:title|desc)[^>]*>([^<]+)</.exec(svg);
  return match?.[1]?.trim() ?? 'Biểu đồ';
}

/**
 * The chart's SVG as a PNG at print resolution for a given printed width (points), drawn with the
 * document's font files (never the system's, so every machine draws the same picture).
 */
export function chartPng(Rasteriser: Rasteriser, svg: string, widthPt: number, resourcesDir: string): { png: Buffer; heightPt: number; description: string } {
  const fontsDir = path.join(resourcesDir, 'fonts');
  const rendered = new Rasteriser(svg, {
    fitTo: { mode: 'width', value: Math.round((widthPt / 72) * PRINT_DPI) },
    font: {
      loadSystemFonts: false,
      fontFiles: ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((face) => path.join(fontsDir, `Tinos-${face}.ttf`)),
      defaultFontFamily: 'Tinos',
      serifFamily: 'Tinos',
      sansSerifFamily: 'Tinos',
    },
    background: 'white',
  }).render();
  return { png: rendered.asPng(), heightPt: (widthPt * rendered.height) / rendered.width, description: describe(svg) };
}

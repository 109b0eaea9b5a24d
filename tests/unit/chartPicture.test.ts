import * as resvg from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../electron/backend/charts/renderChart';
import { chartPicture, PRINT_DPI, printPixels } from '../../electron/backend/documents/chartPicture';
import { encodePng } from '../../electron/backend/documents/pngImage';
import { sourceLayout } from '../../electron/backend/paths';
import { pngChunks } from '../support/fixtures/pngChunks';

/** Another PNG reader than ours: resvg's (the Rust png crate, which checks every chunk's CRC) draws the PNG one to one. */
function decodedByResvg(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new resvg.Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

const chart = (categories: string[]) =>
  renderChart({ kind: 'bars', title: 'Phát hiện theo đơn vị', axis: 'Số phát hiện', categoryHeader: 'Đơn vị', categories, series: [{ name: 'Phát hiện', data: categories.map((_, i) => i + 1) }] }, 520, 260);

describe('chart pictures for the Word copy', () => {
  it('draws the figures above the bars without a halo, which the PDF would paint over them', () => {
    const svg = chart(['Phòng Nội vụ', 'Công an phường']).svg;
    const figures = [...svg.matchAll(/<text[^>]*>([12])<\/text>/g)].map((match) => match[0]);
    // The axis labels 1 and 2, and the same figures above the two bars.
    expect(figures.length).toBeGreaterThanOrEqual(4);
    expect(svg).not.toMatch(/<text[^>]*stroke=/);
  });

  it('draws the same chart as the same SVG each time, so its picture is found again, and names another chart apart', () => {
    const names = (svg: string) => new Set([...svg.matchAll(/class="([^"]+)"/g)].map((match) => match[1]!));
    const first = chart(['Phòng Nội vụ', 'Công an phường']).svg;
    const again = chart(['Phòng Nội vụ', 'Công an phường']).svg;
    const other = chart(['Phòng Kinh tế', 'Công an phường']).svg;
    expect(again).toBe(first);
    expect(names(first).size).toBeGreaterThan(0);
    expect([...names(first)].filter((name) => names(other).has(name))).toEqual([]);
  });

  it('packs opaque pixels into a PNG that another reader decodes to the same pixels, at the resolution it states', async () => {
    const [width, height] = [7, 3];
    const rgba = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([(i * 37) % 256, (i * 91) % 256, (i * 13) % 256, 255], i * 4);

    const png = await encodePng({ width, height, rgba }, PRINT_DPI);

    expect(decodedByResvg(png, width, height).equals(rgba)).toBe(true);
    const chunks = pngChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const resolution = chunks[1]!.data;
    // 300 dpi is 11 811 pixels a metre (unit 1), across and down.
    expect([resolution.readUInt32BE(0), resolution.readUInt32BE(4), resolution[8]]).toEqual([11811, 11811, 1]);
  });

  it('refuses pixels that do not fill the stated size', async () => {
    await expect(encodePng({ width: 2, height: 2, rgba: Buffer.alloc(15) }, PRINT_DPI)).rejects.toThrow(/RGBA/);
  });

  it('draws a chart at 300 dpi of its printed width, with its labels in the document font, once for the same SVG', async () => {
    const resourcesDir = sourceLayout.resourcesDir;
    const widthPt = 397.5;
    const svg = chart(['Văn phòng HĐND và UBND', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội']).svg;

    const [picture, again, other] = await Promise.all([
      chartPicture(resvg, svg, widthPt, resourcesDir),
      chartPicture(resvg, svg, widthPt, resourcesDir),
      chartPicture(resvg, chart(['Phòng Nội vụ', 'Công an phường']).svg, widthPt, resourcesDir),
    ]);

    expect(printPixels(widthPt)).toBe(Math.round((widthPt / 72) * 300));
    expect(picture.widthPx).toBe(printPixels(widthPt));
    expect(Math.abs(picture.heightPx - picture.widthPx / 2)).toBeLessThanOrEqual(1);
    expect(picture.heightPt).toBeCloseTo(widthPt / 2, 0);
    const header = pngChunks(picture.png)[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([picture.widthPx, picture.heightPx]);
    // The same as resvg's own encoding of the same drawing: nothing lost in the packing.
    const fromResvg = new resvg.Resvg(svg, {
      fitTo: { mode: 'width', value: picture.widthPx },
      font: { loadSystemFonts: false, fontFiles: ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((face) => `${resourcesDir}/fonts/Tinos-${face}.ttf`), defaultFontFamily: 'Tinos' },
      background: 'white',
    }).render();
    expect(decodedByResvg(picture.png, picture.widthPx, picture.heightPx).equals(fromResvg.pixels)).toBe(true);
    // Text is drawn: a chart without its font would be bars alone, with far fewer dark pixels.
    const withoutFonts = new resvg.Resvg(svg, { fitTo: { mode: 'width', value: picture.widthPx }, font: { loadSystemFonts: false }, background: 'white' }).render().pixels;
    expect(fromResvg.pixels.equals(withoutFonts)).toBe(false);

    expect(again.png.equals(picture.png)).toBe(true);
    expect(other.png.equals(picture.png)).toBe(false);
  });
});

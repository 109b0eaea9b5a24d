import * as resvg from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../electron/backend/charts/renderChart';
import { chartPicture, pictureKey, PRINT_DPI, printPixels } from '../../electron/backend/documents/chartPicture';
import type { ChartPicture } from '../../electron/backend/documents/chartPicture';
import { docxPictures, INNER_WIDTH, renderDocx } from '../../electron/backend/documents';
import type { DocumentModel } from '../../electron/backend/documents';
import { encodePng } from '../../electron/backend/documents/pngImage';
import { sourceLayout } from '../../electron/backend/paths';
import { docxPart, docxPartBytes } from '../support/fixtures/docxTools';
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
    // 220 dpi is 8 661 pixels a metre (unit 1), across and down.
    expect([resolution.readUInt32BE(0), resolution.readUInt32BE(4), resolution[8]]).toEqual([8661, 8661, 1]);
  });

  it('refuses pixels that do not fill the stated size', async () => {
    await expect(encodePng({ width: 2, height: 2, rgba: Buffer.alloc(15) }, PRINT_DPI)).rejects.toThrow(/RGBA/);
  });

  it('draws a chart at 220 dpi of its printed width, with its labels in the document font, once for the same SVG', async () => {
    const resourcesDir = sourceLayout.resourcesDir;
    const widthPt = 397.5;
    const svg = chart(['Văn phòng HĐND và UBND', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội']).svg;

    const [picture, again, other] = await Promise.all([
      chartPicture(resvg, svg, widthPt, resourcesDir),
      chartPicture(resvg, svg, widthPt, resourcesDir),
      chartPicture(resvg, chart(['Phòng Nội vụ', 'Công an phường']).svg, widthPt, resourcesDir),
    ]);

    expect(printPixels(widthPt)).toBe(Math.round((widthPt / 72) * 220));
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

/** The pictures of a .docx, in the order of their relationships. */
async function picturesIn(docx: Buffer): Promise<Buffer[]> {
  const relations = await docxPart(docx, 'word/_rels/document.xml.rels');
  return Promise.all([...relations.matchAll(/Target="(media\/[^"]+\.png)"/g)].map((match) => docxPartBytes(docx, `word/${match[1]!}`)));
}

describe('chart pictures drawn before the Word copy is asked for', () => {
  const resourcesDir = sourceLayout.resourcesDir;
  const firstChart = chart(['Phòng Nội vụ', 'Phòng Tư pháp']).svg;
  const secondChart = chart(['Phòng Kinh tế', 'Trạm Y tế', 'Công an phường']).svg;
  const model: DocumentModel = {
    header: { superiorBodyName: 'UBND tỉnh Hà Tĩnh', issuingBodyName: 'Ủy ban nhân dân phường Bắc Hồng Lĩnh', documentCode: '01/BC-UBND', placeName: 'Bắc Hồng Lĩnh', issueDate: '2026-11-20', year: 2026 },
    type: 'Báo cáo',
    summary: 'Kết quả kiểm tra',
    body: [
      { kind: 'chart', svg: firstChart, widthShare: 0.85 },
      { kind: 'chart', svg: secondChart, widthShare: 0.85 },
    ],
    closing: [],
    draft: false,
    title: 'Báo cáo kết quả kiểm tra',
  };

  it('draws the pictures of a document\'s charts, each named by the drawing it was made from', async () => {
    const pictures = await docxPictures(model, resourcesDir);

    expect(pictures.map((picture) => picture.key)).toEqual([firstChart, secondChart].map((svg) => pictureKey(svg, INNER_WIDTH * 0.85, resourcesDir)));
    const fresh = await chartPicture(resvg, firstChart, INNER_WIDTH * 0.85, resourcesDir);
    expect(pictures[0]!.png.equals(fresh.png)).toBe(true);
    expect(pictures[0]!.widthPx).toBe(printPixels(INNER_WIDTH * 0.85));
  });

  it('embeds a picture drawn beforehand as it is, and draws a chart whose picture was drawn from another drawing', async () => {
    const [first, second] = await docxPictures(model, resourcesDir);
    // Stand-ins that no drawing would give: 1 × 1 PNGs, one under the first chart's key, one under a key of an older drawing.
    const dot = await encodePng({ width: 1, height: 1, rgba: Buffer.from([12, 34, 56, 255]) }, PRINT_DPI);
    const drawnBefore: ChartPicture[] = [
      { ...first!, png: dot },
      { ...second!, key: pictureKey(chart(['Phòng Kinh tế', 'Trạm Y tế']).svg, INNER_WIDTH * 0.85, resourcesDir), png: dot },
    ];

    const embedded = await picturesIn(await renderDocx(model, resourcesDir, drawnBefore));

    expect(embedded).toHaveLength(2);
    expect(embedded[0]!.equals(dot)).toBe(true);
    expect(embedded[1]!.equals(second!.png)).toBe(true);
  });

  it('takes pictures that crossed from another thread as plain bytes', async () => {
    const [first, second] = await docxPictures(model, resourcesDir);
    const crossed = [first!, second!].map((picture) => ({ ...picture, png: new Uint8Array(picture.png) as Buffer }));

    const embedded = await picturesIn(await renderDocx(model, resourcesDir, crossed));

    expect(embedded.map((png) => png.toString('base64'))).toEqual([first!.png, second!.png].map((png) => png.toString('base64')));
  });
});

import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FONT, renderPdf } from '../../electron/backend/documents';
import { sourceLayout } from '../../electron/backend/paths';
import type { loadPdfmake } from '../../electron/backend/workers/heavyLibraries';
import { poppler } from '../support/fixtures/minutesPdfTools';

const fontsDir = path.join(sourceLayout.resourcesDir, 'fonts');

const SENTENCE =
  'Đoàn kiểm tra đã xem xét hồ sơ thủ tục hành chính theo tiêu chuẩn TCVN ISO-9001:2015, đối chiếu sổ theo dõi và/hoặc phần mềm một cửa; Phòng\u00a0Văn\u00a0hóa ghi nhận các   khoảng trắng liền nhau và các từ rất dài như Thànhphốtrựcthuộctrungương. ';

/**
 * A document that touches what measuring and drawing in runs must keep: justified lines with bold and
 * italic runs inside them, a first-line indent, breaks after hyphens and slashes, no-break spaces,
 * spaces in a row, named styles on a text and on a part of one, table cells of several lines in left, centred and right columns, and
 * the words pdfmake must still draw itself (underline, link, background, superscript, letter spacing).
 */
const definition = (): TDocumentDefinitions => ({
  compress: false,
  pageSize: 'A4',
  defaultStyle: { font: DOCUMENT_FONT, fontSize: 14 },
  styles: { note: { italics: true, fontSize: 12, color: '#333333' } },
  content: [
    { text: 'BIÊN BẢN KIỂM TRA', bold: true, alignment: 'center' },
    ...[0, 1, 2].map((i) => ({
      text: [SENTENCE.repeat(2 + i), { text: 'Kết luận: ', bold: true }, { text: 'đơn vị thực hiện đúng quy trình. ', italics: true }, SENTENCE],
      alignment: 'justify' as const,
      leadingIndent: 28,
      lineHeight: 1.15,
      margin: [0, 6, 0, 0] as [number, number, number, number],
    })),
    { text: SENTENCE, style: 'note' },
    { text: ['Trước ghi chú, ', { text: 'ghi chú theo kiểu đặt tên, ', style: 'note' }, 'sau ghi chú.'], alignment: 'justify' },
    {
      table: {
        headerRows: 1,
        widths: [30, '*', 90],
        body: [
          [{ text: 'STT', bold: true, alignment: 'center' }, { text: 'Nội dung', bold: true, alignment: 'center' }, { text: 'Kết quả', bold: true, alignment: 'center' }],
          ...Array.from({ length: 12 }, (_, i) => [
            { text: String(i + 1), alignment: 'center' as const },
            { stack: [{ text: SENTENCE }, { text: [{ text: 'Căn cứ: ', bold: true }, 'Quyết định số 1291/QĐ-BNV.'] }], fontSize: 12 },
            { text: i % 2 ? 'Đạt' : 'Không phù hợp nhẹ', alignment: 'right' as const, fontSize: 12 },
          ]),
        ],
      },
    },
    {
      text: [
        'Xem thêm ',
        { text: 'trang thông tin', decoration: 'underline', link: 'https://example.invalid/' },
        ' và ',
        { text: 'ghi chú nền', background: '#eeeeee' },
        ', điều 5',
        { text: '2', sup: true },
        ' và chữ ',
        { text: 'giãn cách', characterSpacing: 2 },
        '.',
      ],
      alignment: 'justify',
    },
  ],
});

/** Every word pdftotext finds, with its box. */
function wordBoxes(pdf: Buffer): { word: string; box: number[] }[] {
  const html = poppler('pdftotext', pdf, ['-bbox']);
  return [...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((match) => ({
    word: match[5]!,
    box: match.slice(1, 5).map(Number),
  }));
}

/**
 * A second pdfmake, loaded afresh after the app's was adjusted (pdfFonts.ts adjusts the copy it
 * loads, once), so it measures and draws every word as pdfmake itself does.
 */
function plainPdfmake() {
  const require = createRequire(import.meta.url);
  for (const loaded of Object.keys(require.cache)) if (loaded.includes(`${path.sep}node_modules${path.sep}pdfmake${path.sep}`)) delete require.cache[loaded];
  const pdfmake = require('pdfmake') as Awaited<ReturnType<typeof loadPdfmake>>;
  const face = (file: string) => path.join(fontsDir, file);
  pdfmake.addFonts({ [DOCUMENT_FONT]: { normal: face('Tinos-Regular.ttf'), bold: face('Tinos-Bold.ttf'), italics: face('Tinos-Italic.ttf'), bolditalics: face('Tinos-BoldItalic.ttf') } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsDir + path.sep));
  return pdfmake;
}

const textObjects = (pdf: Buffer) => pdf.toString('latin1').match(/\bBT\b/g)?.length ?? 0;

describe("pdfmake's words measured once per style and drawn in runs", () => {
  it('puts every word where pdfmake itself puts it, in a fraction of the text objects, and again with the widths kept from before', async () => {
    const app = await renderPdf(definition(), sourceLayout.resourcesDir);
    const later = await renderPdf(definition(), sourceLayout.resourcesDir);
    const plain = await plainPdfmake().createPdf(definition()).getBuffer();

    const plainWords = wordBoxes(plain);
    for (const pdf of [app, later]) {
      const words = wordBoxes(pdf);
      expect(words.length).toBeGreaterThan(1000);
      expect(words.map(({ word }) => word)).toEqual(plainWords.map(({ word }) => word));
      words.forEach(({ word, box }, i) => box.forEach((edge, side) => expect(edge, `${word} (${i})`).toBeCloseTo(plainWords[i]!.box[side]!, 3)));
      expect(poppler('pdfinfo', pdf).match(/Pages:\s+\d+/)?.[0]).toBe(poppler('pdfinfo', plain).match(/Pages:\s+\d+/)?.[0]);
    }

    // pdfmake writes a text object per word; in runs a line of one style takes one.
    expect(textObjects(app)).toBeLessThan(textObjects(plain) / 4);
  });
});

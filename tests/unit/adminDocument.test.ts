import { describe, expect, it } from 'vitest';
import {
  administrativeDocument,
  dashList,
  dateInWords,
  documentCode,
  documentTable,
  heading,
  paragraph,
  placeAndDate,
  recipientsBlock,
  renderPdf,
  roman,
  signatureColumns,
  signerHeadingLines,
} from '../../electron/backend/documents';
import type { BodyBlock } from '../../electron/backend/documents';
import { sourceLayout } from '../../electron/backend/paths';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { countRelayouts } from '../support/fixtures/relayouts';

/** A 1×1 PNG, enough to check that a signature image is placed. */
const DOT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const header = {
  superiorBodyName: 'UBND tỉnh Hà Tĩnh',
  issuingBodyName: 'Ủy ban nhân dân phường Bắc Hồng Lĩnh',
  documentCode: documentCode('3', 'BB', 'UBND'),
  placeName: 'Bắc Hồng Lĩnh',
  issueDate: '2026-02-05',
  year: 2026,
};

describe('administrative document wording (NĐ 30/2020)', () => {
  it('writes dates and numbers the way the decree asks', () => {
    expect(dateInWords('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(dateInWords('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
    expect(dateInWords('2026-11-09')).toBe('ngày 09 tháng 11 năm 2026');
    expect(dateInWords('2026-03-15')).toBe('ngày 15 tháng 3 năm 2026');
    expect(placeAndDate('Bắc Hồng Lĩnh', null, 2027)).toBe('Bắc Hồng Lĩnh, ngày … tháng … năm 2027');
    expect(documentCode('3', 'BB', 'UBND')).toBe('03/BB-UBND');
    expect(documentCode('12', 'KH', 'UBND')).toBe('12/KH-UBND');
    expect(documentCode(null, 'KH', 'UBND')).toBe('…/KH-UBND');
    expect(roman(3)).toBe('III');
    expect(roman(9)).toBe('IX');
    expect(signerHeadingLines({ authority: 'KT.', onBehalfOf: 'Chủ tịch', position: 'Phó Chủ tịch', fullName: 'Lê Văn B' })).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signerHeadingLines({ position: 'Trưởng đoàn kiểm tra', fullName: 'Lê Văn B' })).toEqual(['TRƯỞNG ĐOÀN KIỂM TRA']);
  });
});

describe('administrative document PDF', () => {
  it('renders a multi-page minute with two signature columns: Vietnamese text intact, Tinos embedded, page numbers from page 2', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [String(i + 1), `Phát hiện số ${i + 1}: hồ sơ thủ tục hành chính trễ hạn`, 'Không phù hợp nhẹ']);
    const doc = administrativeDocument({
      header,
      type: 'Biên bản',
      summary: 'Kiểm tra công tác cải cách hành chính tại Phòng Văn hóa - Xã hội',
      body: [
        heading(roman(1), 'Thành phần', 1),
        paragraph('Đoàn kiểm tra gồm các ông (bà) có tên dưới đây; đại diện đơn vị được kiểm tra cùng tham dự.'),
        ...dashList(['Ông Nguyễn Văn An, Trưởng đoàn', 'Bà Trần Thị Bình, Thành viên']),
        documentTable(
          [
            { header: 'STT', width: 30, alignment: 'center' },
            { header: 'Nội dung', width: '*' },
            { header: 'Phân loại', width: 110 },
          ],
          rows,
        ),
      ],
      closing: [
        signatureColumns([
          { position: 'Đại diện đơn vị được kiểm tra', fullName: 'Võ Thị Giang' },
          { position: 'Trưởng đoàn kiểm tra', fullName: 'Nguyễn Văn An', signatureImage: DOT_PNG },
        ]),
        recipientsBlock(['Phòng Văn hóa - Xã hội', 'Lưu: VT, hồ sơ kiểm tra']),
      ],
      draft: false,
      title: 'Biên bản kiểm tra',
    });
    const pdf = await renderPdf(doc, sourceLayout.resourcesDir);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const text = poppler('pdftotext', pdf, ['-layout']);
    const flat = poppler('pdftotext', pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'UBND TỈNH HÀ TĨNH',
      'ỦY BAN NHÂN DÂN PHƯỜNG',
      'BẮC HỒNG LĨNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 03/BB-UBND',
      'Bắc Hồng Lĩnh, ngày 05 tháng 02 năm 2026',
      'BIÊN BẢN',
      'I. THÀNH PHẦN',
      '- Ông Nguyễn Văn An, Trưởng đoàn;',
      '- Bà Trần Thị Bình, Thành viên.',
      'ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA',
      'TRƯỞNG ĐOÀN KIỂM TRA',
      'Võ Thị Giang',
      'Nơi nhận:',
      '- Lưu: VT, hồ sơ kiểm tra.',
    ]) {
      expect(flat, expected).toContain(expected);
    }
    expect(flat).not.toContain('DỰ');

    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.trimStart().startsWith('UBND TỈNH HÀ TĨNH')).toBe(true);
    pages.slice(1).forEach((page, index) => expect(page.trim().split('\n')[0]!.trim()).toBe(String(index + 2)));
    // The table header repeats on each page it runs over.
    expect(pages.filter((page) => /STT\s+Nội dung\s+Phân loại/.test(page)).length).toBeGreaterThan(1);

    const fonts = poppler('pdffonts', pdf)
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/\+Tinos(-Bold|-Italic|-BoldItalic)?\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }
    expect(poppler('pdfimages', pdf, ['-list'])).toMatch(/\n\s*\d+\s+\d+\s+image\s+1\s+1\s/);
  });

  it('marks a draft and leaves its date to be filled in', async () => {
    const pdf = await renderPdf(
      administrativeDocument({ header: { ...header, issueDate: null }, type: 'Kế hoạch', summary: 'Thử', body: [paragraph('Nội dung.')], closing: [], draft: true, title: 'Thử' }),
      sourceLayout.resourcesDir,
    );
    const text = poppler('pdftotext', pdf);
    expect(text.replace(/\s+/g, '')).toContain('DỰTHẢO');
    expect(text).toContain('Bắc Hồng Lĩnh, ngày … tháng … năm 2026');
    expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
  });
});

/** Minutes whose body is `fillers` short paragraphs and then `body`, signed by the team leader. */
const minutesAfter = (fillers: number, body: BodyBlock[]) =>
  administrativeDocument({
    header,
    type: 'Biên bản',
    summary: 'Kiểm tra công tác cải cách hành chính',
    body: [...Array.from({ length: fillers }, (_, i) => paragraph(`Nội dung số ${i + 1} của buổi kiểm tra.`)), ...body],
    closing: [signatureColumns([{ position: 'Trưởng đoàn kiểm tra', fullName: 'Võ Thị Giang' }])],
    draft: false,
    title: 'Biên bản kiểm tra',
  });

describe('headings kept with what follows, in one layout pass', () => {
  it('never leaves a heading as the last line of a page, and moves it without asking pdfmake to lay the document out again', async () => {
    let headingsMoved = 0;
    for (let fillers = 14; fillers <= 30; fillers += 1) {
      const doc = minutesAfter(fillers, [
        heading('II', 'Kết quả kiểm tra', 1),
        heading('1', 'Công tác chỉ đạo điều hành', 2),
        paragraph('Đơn vị đã ban hành kế hoạch cải cách hành chính năm 2026 đúng thời hạn.'),
        paragraph('Biên bản kết thúc vào hồi 16 giờ cùng ngày.'),
      ]);
      const relayouts = countRelayouts(doc);
      const pdf = await renderPdf(doc, sourceLayout.resourcesDir);
      const pages = poppler('pdftotext', pdf, ['-layout', '-enc', 'UTF-8']).split('\f').filter((page) => page.trim() !== '');
      const lastLines = pages.map((page) => page.trim().split('\n').at(-1)!.trim());
      const firstBodyLines = pages.slice(1).map((page) => page.trim().split('\n').slice(1).find((line) => line.trim() !== '')?.trim());
      expect(lastLines.some((line) => line.startsWith('II.') || line.startsWith('1. Công tác')), `${fillers} paragraphs`).toBe(false);
      expect(relayouts.count(), `${fillers} paragraphs`).toBe(0);
      if (firstBodyLines.includes('II. KẾT QUẢ KIỂM TRA')) headingsMoved++;
    }
    // Some of those lengths put the headings at the foot of page 1: they moved to page 2 with their paragraph.
    expect(headingsMoved).toBeGreaterThan(0);
  });
});

describe('a heading before a table or a long paragraph', () => {
  /** The text of each page, page by page (pdftotext -f N -l N). */
  const pageTexts = (pdf: Buffer): string[] => {
    const count = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1]);
    return Array.from({ length: count }, (_, i) => poppler('pdftotext', pdf, ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8']).replace(/\s+/g, ' '));
  };
  const rows = Array.from({ length: 40 }, (_, i) => [String(i + 1), `Yêu cầu khắc phục số ${i + 1}: rà soát, cập nhật hồ sơ thủ tục hành chính đúng quy định`, '30/6/2026']);
  const longParagraph = paragraph(Array.from({ length: 12 }, (_, i) => `Câu thứ ${i + 1} của phần nhận xét chung về việc thực hiện nhiệm vụ cải cách hành chính của đơn vị.`).join(' '));

  it('stays on the page of the table header and first row, or of the first lines, in one layout pass', async () => {
    const moved = { table: 0, paragraph: 0 };
    for (let fillers = 14; fillers <= 30; fillers += 1) {
      const doc = minutesAfter(fillers, [
        heading('V', 'Kiến nghị, yêu cầu khắc phục', 1),
        documentTable([{ header: 'STT', width: 30, alignment: 'center' }, { header: 'Nội dung yêu cầu', width: '*' }, { header: 'Thời hạn', width: 70, alignment: 'center' }], rows),
        ...Array.from({ length: fillers }, (_, i) => paragraph(`Ghi nhận số ${i + 1} sau bảng.`)),
        heading('VI', 'Nhận xét chung', 1),
        longParagraph,
        paragraph('Biên bản kết thúc vào hồi 16 giờ cùng ngày.'),
      ]);
      const relayouts = countRelayouts(doc);
      const pages = pageTexts(await renderPdf(doc, sourceLayout.resourcesDir));
      const pageOf = (text: string) => pages.findIndex((page) => page.includes(text));
      expect(relayouts.count(), `${fillers} paragraphs`).toBe(0);
      expect(pageOf('V. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC'), `${fillers} paragraphs`).toBe(pageOf('Yêu cầu khắc phục số 1:'));
      expect(pageOf('Nội dung yêu cầu'), `${fillers} paragraphs`).toBe(pageOf('Yêu cầu khắc phục số 1:'));
      expect(pageOf('VI. NHẬN XÉT CHUNG'), `${fillers} paragraphs`).toBe(pageOf('Câu thứ 1 của'));
      if (pageOf('V. KIẾN NGHỊ') > pageOf(`Nội dung số ${fillers} `)) moved.table++;
      if (pageOf('VI. NHẬN XÉT CHUNG') > pageOf(`Ghi nhận số ${fillers} `)) moved.paragraph++;
    }
    // Some lengths put each heading at the foot of a page: it moved on with what follows it.
    expect(moved.table).toBeGreaterThan(0);
    expect(moved.paragraph).toBeGreaterThan(0);
  });
});

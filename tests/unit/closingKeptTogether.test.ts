import { describe, expect, it } from 'vitest';
import { administrativeDocument, documentCode, heading, paragraph, recipientsAndSignature, recipientsBlock, renderPdf, signatureColumns } from '../../electron/backend/documents';
import type { BodyBlock, ClosingBlock } from '../../electron/backend/documents';
import { sourceLayout } from '../../electron/backend/paths';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { countRelayouts } from '../support/fixtures/relayouts';

const header = {
  superiorBodyName: 'UBND tỉnh Quảng Trị',
  issuingBodyName: 'Ủy ban nhân dân xã Cam Thủy',
  documentCode: documentCode('7', 'BB', 'UBND'),
  placeName: 'Cam Thủy',
  issueDate: '2026-03-26',
  year: 2026,
};
const filler = (count: number) =>
  Array.from({ length: count }, (_, i) => paragraph(`Đoạn ${i + 1}: đoàn đã xem xét hồ sơ, sổ sách và phỏng vấn công chức phụ trách về nội dung được giao trong kỳ kiểm tra.`));
const LAST = 'Biên bản kết thúc vào lúc 16 giờ 30 phút, ngày 26 tháng 3 năm 2026, đã được đọc lại cho các thành viên cùng nghe.';

/** The pages' text; and how often layout asked pdfmake to lay the whole document out again (it never should). */
async function pagesOf(body: BodyBlock[], closing: ClosingBlock[]): Promise<string[]> {
  const doc = administrativeDocument({ header, type: 'Biên bản', summary: 'Thử', body: [...body, paragraph(LAST)], closing, draft: false, title: 'Thử' });
  const relayouts = countRelayouts(doc);
  const pages = poppler('pdftotext', await renderPdf(doc, sourceLayout.resourcesDir), ['-layout']).split('\f');
  expect(relayouts.count(), `${body.length} đoạn`).toBe(0);
  return pages;
}
const pageWith = (pages: string[], text: string) => pages.findIndex((page) => page.replace(/\s+/g, ' ').includes(text));

describe('the closing paragraph stays with the signatures, in one layout pass', () => {
  it('never leaves the first row of signatures alone on a page, whatever the length of the body', async () => {
    const signers = ['Lê Văn Một', 'Trần Thị Hai', 'Phạm Văn Ba'].map((fullName) => ({ position: 'Thành viên đoàn', fullName }));
    const placements = new Set<string>();
    for (let count = 8; count <= 26; count++) {
      const pages = await pagesOf(filler(count), [signatureColumns(signers), recipientsBlock(['Lưu: VT'])]);
      const closingPage = pageWith(pages, 'kết thúc vào lúc 16 giờ 30 phút');
      expect(closingPage, `${count} đoạn`).toBe(pageWith(pages, 'Lê Văn Một'));
      placements.add(`${closingPage}:${pageWith(pages, `Đoạn ${count}:`)}`);
    }
    // Some lengths did push the closing paragraph over to the signatures' page.
    expect([...placements].some((placement) => placement.split(':')[0] !== placement.split(':')[1])).toBe(true);
  });

  it('takes the headings right before the last paragraph along with it', async () => {
    const signer = { authority: 'TM.' as const, onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch', fullName: 'Hồ Văn Sáu' };
    for (let count = 8; count <= 26; count++) {
      const pages = await pagesOf([...filler(count), heading('IV', 'Kiến nghị, đề xuất', 1)], [recipientsAndSignature(['Lưu: VT'], signer)]);
      expect(pageWith(pages, 'IV. KIẾN NGHỊ, ĐỀ XUẤT'), `${count} đoạn`).toBe(pageWith(pages, 'Hồ Văn Sáu'));
    }
  });

  it('keeps the last paragraph of a plan with its recipients and signature block', async () => {
    for (let count = 8; count <= 26; count++) {
      const pages = await pagesOf(filler(count), [
        recipientsAndSignature(['Các phòng chuyên môn', 'Lưu: VT'], { authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân', position: 'Chủ tịch', fullName: 'Hồ Văn Sáu' }),
      ]);
      expect(pageWith(pages, 'kết thúc vào lúc 16 giờ 30 phút'), `${count} đoạn`).toBe(pageWith(pages, 'Hồ Văn Sáu'));
    }
  });
});

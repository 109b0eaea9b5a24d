import { afterEach, describe, expect, it } from 'vitest';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of one numbered section of the printed minutes, from its heading to the next one. */
function sectionText(text: string, heading: string, nextHeading: string): string {
  const start = text.indexOf(heading);
  const end = text.indexOf(nextHeading, start);
  expect(start, `heading "${heading}"`).toBeGreaterThan(-1);
  expect(end, `heading "${nextHeading}"`).toBeGreaterThan(start);
  return text.slice(start, end);
}

/**
 * Section IV repeats the findings that need action, so "the description is somewhere in the PDF" proves
 * nothing about section III: each finding must have its own numbered line there, once, in order.
 */
describe('section III of the minutes lists every finding on its own numbered line', () => {
  const cases = [
    { kind: 'CCHC' as const, numbered: /\b\d{2}\. \(/g, from: 'III. CÁC PHÁT HIỆN', to: 'IV. ', line: (description: string) => new RegExp(`(\\d{2})\\. \\([^)]*\\) ${escapeRegExp(description)}\\.`, 'g') },
    { kind: 'ISO' as const, numbered: /\b\d{2} \d+(?:\.\d+)* /g, from: 'III. KẾT QUẢ ĐÁNH GIÁ', to: 'IV. ', line: (description: string) => new RegExp(`(\\d{2}) \\S+ ${escapeRegExp(description)} `, 'g') },
  ];
  for (const { kind, numbered, from, to, line } of cases) {
    it(`${kind}: as many numbered lines as findings, numbered 01, 02, … in order`, async () => {
      backend = await startTestBackend({ now: () => new Date('2026-11-25T03:00:00Z') });
      const audit = insertMinutesAudit(backend.store, { kind, items: 10, findings: 5 });
      const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
      const pdf = Buffer.from((await backend.call('minutes.open', { minutesId: issued.id })).pdfBase64, 'base64');
      const section = sectionText(pdfText(pdf), from, to);
      expect(section).toContain('Tổng số 05 phát hiện');
      const numbers = audit.findingDescriptions.map((description) => {
        const matches = [...section.matchAll(line(description))];
        expect(matches, description).toHaveLength(1);
        return matches[0]![1];
      });
      expect(numbers).toEqual(['01', '02', '03', '04', '05']);
      expect(section.match(numbered)).toHaveLength(audit.findingDescriptions.length);
    });
  }
});

describe('a finding’s line in section III of CCHC minutes', () => {
  it('reads number, class and reference, description, basis and evidence; leaves out what the finding does not have', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-11-25T03:00:00Z') });
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 10, findings: 3 });
    backend.store.sqlite.prepare(`update findings set reference = '', requirement = '', evidence_text = '' where audit_id = ? and number = 2`).run(audit.auditId);
    backend.store.sqlite.prepare(`update findings set requirement = '' where audit_id = ? and number = 3`).run(audit.auditId);
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const pdf = Buffer.from((await backend.call('minutes.open', { minutesId: issued.id })).pdfBase64, 'base64');
    const section = sectionText(pdfText(pdf), 'III. CÁC PHÁT HIỆN', 'IV. ');
    const text = pdfText(pdf);
    expect(text).toContain('Đoàn kiểm tra tiến hành kiểm tra công tác cải cách hành chính tại Phòng Văn hóa - Xã hội.');
    const headings = ['I. THÀNH PHẦN', 'II. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA', 'III. CÁC PHÁT HIỆN', 'IV. NHẬN XÉT, ĐÁNH GIÁ CHUNG', 'V. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC', 'VI. Ý KIẾN CỦA '].map((heading) => text.indexOf(heading));
    expect(headings.every((at) => at > 0), JSON.stringify(headings)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    const [first, second, third] = audit.findingDescriptions;
    expect(section).toContain(
      `01. (Không phù hợp nhẹ, 3.1) ${first}. Căn cứ: Quy trình nội bộ giải quyết thủ tục hành chính đã được phê duyệt. Bằng chứng: Kiểm tra ngẫu nhiên 10 hồ sơ năm 2026, có 1 hồ sơ thiếu phiếu kiểm soát quá trình. 02.`,
    );
    expect(section).toContain(`02. (Không phù hợp nặng) ${second}. 03.`);
    expect(section).toMatch(new RegExp(`03\\. \\(Điểm lưu ý, 3\\.3\\) ${escapeRegExp(third!)}\\. Bằng chứng: Kiểm tra ngẫu nhiên 10 hồ sơ năm 2026, có 3 hồ sơ thiếu phiếu kiểm soát quá trình\\. $`));
  });
});

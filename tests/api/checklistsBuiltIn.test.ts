import { afterEach, describe, expect, it } from 'vitest';
import type { ChecklistItemView, ChecklistVersionDetail } from '../../electron/shared/contract/checklists';
import type { Comparator } from '../../electron/shared/contract/vocabulary';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

async function builtIn(code: string): Promise<ChecklistVersionDetail> {
  const template = (await backend.call('checklists.list', {})).find((t) => t.code === code);
  expect(template, code).toBeDefined();
  expect(template?.builtIn).toBe(true);
  expect(template?.published?.version).toBe(1);
  return backend.call('checklists.getVersion', { id: template!.published!.id });
}

const items = (detail: ChecklistVersionDetail) => detail.sections.flatMap((s) => s.items);
const isNfc = (text: string) => text === text.normalize('NFC');

describe('built-in checklists', () => {
  it('seeds the three checklists once, each published as version 1, and a second start changes nothing', async () => {
    backend = await startTestBackend();
    const list = await backend.call('checklists.list', {});
    expect(list.map((t) => [t.code, t.purpose, t.published?.version, t.draft])).toEqual([
      ['ISO9001-DGNB', 'ISO', 1, null],
      ['TTHC-SXQT', 'TTHC', 1, null],
      ['CCHC-TKT-2026', 'CCHC', 1, null],
    ]);
    const dataDir = backend.dataDir;
    backend.close();
    backend = await startTestBackend({ dataDir, withProfile: false });
    expect(await backend.call('checklists.list', {})).toEqual(list);
  });

  it('ISO 9001: one section per clause 4–10 with the TCVN titles, 73 questions, 8.3 pre-marked as usually not applicable', async () => {
    backend = await startTestBackend();
    const iso = await builtIn('ISO9001-DGNB');
    expect(iso.template.name).toBe('Đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015');
    expect(iso.sections.map((s) => `${s.code} ${s.title}`)).toEqual([
      '4 Bối cảnh của tổ chức',
      '5 Sự lãnh đạo',
      '6 Hoạch định',
      '7 Hỗ trợ',
      '8 Thực hiện',
      '9 Đánh giá kết quả thực hiện',
      '10 Cải tiến',
    ]);
    const all = items(iso);
    expect(all).toHaveLength(73);
    for (const section of iso.sections) {
      expect(section.items.length, section.code).toBeGreaterThan(0);
      for (const item of section.items) {
        expect(item.reference.split('.')[0], item.code).toBe(section.code);
        expect(item.referenceTitle, item.code).not.toBe('');
        expect(item.evidenceHint, item.code).not.toBe('');
        expect(item.question.endsWith('?'), item.code).toBe(true);
        expect(item.answerType).toBe('conformity');
        expect(isNfc(item.question) && isNfc(item.evidenceHint) && isNfc(item.referenceTitle)).toBe(true);
      }
    }
    const references = new Set(all.map((i) => i.reference));
    for (const clause of ['4.1', '4.2', '4.3', '4.4', '5.1', '5.2.1', '6.1', '6.2', '6.3', '7.1.2', '7.2', '7.5.3', '8.1', '8.3', '8.4', '8.5.1', '8.6', '8.7', '9.1.2', '9.2', '9.3', '10.2', '10.3']) {
      expect(references.has(clause), clause).toBe(true);
    }
    expect(all.find((i) => i.reference === '8.5.1')?.referenceTitle).toBe('Kiểm soát sản xuất và cung cấp dịch vụ');
    const design = all.filter((i) => i.reference === '8.3');
    expect(design).toHaveLength(1);
    expect(design[0]).toMatchObject({ referenceTitle: 'Thiết kế và phát triển sản phẩm và dịch vụ', usuallyNotApplicable: true });
    expect(design[0]?.notApplicableHint).toMatch(/loại trừ điều khoản 8\.3/);
    expect(all.filter((i) => i.usuallyNotApplicable)).toHaveLength(1);
  });

  it('TTHC procedure review: the seven checks of target 7.2.2 for each procedure', async () => {
    backend = await startTestBackend();
    const review = await builtIn('TTHC-SXQT');
    const questions = items(review).map((i) => i.question);
    const checks = [/phù hợp với TTHC đã được Chủ tịch UBND tỉnh công bố/, /từng bước thực hiện, thời gian của từng bước và người/, /Biểu mẫu/, /niêm yết công khai/, /hồ sơ được chọn kiểm tra/, /phiếu xin lỗi/, /phê duyệt trước khi trả/];
    for (const check of checks) expect(questions.some((q) => check.test(q)), String(check)).toBe(true);
    expect(review.template.description).toMatch(/7\.2\.2/);
  });

  const numericTargets: Record<string, [Comparator, number]> = {
    '1.2': ['>=', 100], '1.3': ['>=', 1], '1.4': ['>=', 1],
    '2.1': ['>=', 100], '2.2': ['>=', 100], '2.3': ['>=', 100], '2.4': ['>=', 100], '2.5': ['>=', 100], '2.6': ['>=', 100],
    '3.1': ['>=', 100], '3.2': ['>=', 100], '3.3': ['>=', 100], '3.4': ['>=', 100], '3.5a': ['>=', 100], '3.5b': ['>=', 100],
    '3.6': ['>', 99], '3.7': ['>=', 70], '3.8': ['>=', 95], '3.9': ['>', 95], '3.10': ['>=', 98],
    '4.2': ['>=', 100], '5.1': ['>=', 100], '5.2': ['>=', 100], '6.1': ['>=', 100], '6.2': ['>=', 100], '6.3': ['>=', 100],
    '7.1.2': ['>', 95], '7.1.4a': ['>=', 100], '7.1.4b': ['>=', 100], '7.2.1': ['>=', 100], '7.2.2': ['>=', 100], '7.2.3': ['>=', 25],
  };
  const doneTargets = ['1.1', '4.1', '4.3', '4.4', '5.3', '7.1.1', '7.1.3'];
  const allTargets = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1.1', '7.1.2', '7.1.3', '7.1.4', '7.2.1', '7.2.2', '7.2.3'];

  it('CCHC 2026: every target 1.1 … 7.2.3 in its own words, with the right comparator and threshold', async () => {
    backend = await startTestBackend();
    const cchc = await builtIn('CCHC-TKT-2026');
    expect(cchc.version.year).toBe(2026);
    expect(cchc.sections.map((s) => s.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(cchc.sections[0]?.title).toBe('Chỉ đạo điều hành CCHC');
    const all = items(cchc);
    expect(allTargets).toHaveLength(37);
    expect(new Set(all.map((i) => i.reference))).toEqual(new Set(allTargets));
    const byCode = new Map(all.map((i): [string, ChecklistItemView] => [i.code, i]));
    for (const [code, [comparator, threshold]] of Object.entries(numericTargets)) {
      expect(byCode.get(code), code).toMatchObject({ answerType: 'numeric', comparator, threshold, evidenceRequired: true });
    }
    for (const code of doneTargets) expect(byCode.get(code)?.answerType, code).toBe('yes_no');
    for (const code of allTargets) {
      const measures = all.filter((i) => i.reference === code && (i.code === code || /^[\d.]+[ab]$/.test(i.code)));
      expect(measures.length, code).toBe(code === '3.5' || code === '7.1.4' ? 2 : 1);
      expect(measures.every((i) => cchc.sections.find((s) => s.items.includes(i))?.code === code.split('.')[0])).toBe(true);
    }
    expect(byCode.get('3.6')?.question).toBe('Tỷ lệ hồ sơ TTHC được giải quyết trước, đúng hạn trên 99%.');
    expect(byCode.get('1.3')?.numericUnit).toBe('sáng kiến');
    const percentItems = all.filter((i) => i.answerType === 'numeric' && i.numericUnit === '%');
    expect(percentItems).toHaveLength(Object.keys(numericTargets).length - 2);
    const supporting = all.filter((i) => !numericTargets[i.code] && !doneTargets.includes(i.code));
    expect(supporting.length).toBeGreaterThan(10);
    expect(supporting.every((i) => i.answerType === 'conformity' && allTargets.includes(i.reference))).toBe(true);
  });
});

import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgrammeView } from '../../electron/shared/contract/programme';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { loadSecondWard, wardUnits } from '../support/fixtures/secondWard';
import type { LoadedWard } from '../support/fixtures/secondWard';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

const PLANNING_DAY = new Date('2026-01-05T02:00:00Z');

const opened: TestBackend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.close();
});

/** A fresh store with Phường Sông Lam Đông loaded through the API, its clock back on the planning day. */
async function freshWard(): Promise<TestBackend & { ward: LoadedWard }> {
  let clock = PLANNING_DAY;
  const backend = await startTestBackend({ now: () => clock });
  opened.push(backend);
  const ward = await loadSecondWard(backend, (instant) => {
    clock = instant;
  });
  clock = PLANNING_DAY;
  return { ...backend, ward };
}

async function unitCodes(backend: TestBackend): Promise<Map<string, string>> {
  return new Map((await backend.call('units.list', { includeInactive: true })).map((unit) => [unit.id, unit.code]));
}

/** The programme by keys that mean the same in every store: unit codes, dates, people's names. */
async function stableShape(backend: TestBackend, programme: ProgrammeView) {
  const codes = await unitCodes(backend);
  return {
    entries: programme.entries.map((entry) => ({
      kind: entry.kind,
      unit: codes.get(entry.unitId),
      date: entry.date,
      reason: entry.selection?.reason ?? null,
      team: entry.team.map((member) => `${member.role}:${member.fullName}`),
    })),
    violations: programme.violations.map((v) => v.message),
  };
}

const isoChoice = async (backend: TestBackend, programme: ProgrammeView) => {
  const codes = await unitCodes(backend);
  return programme.entries
    .filter((e) => e.kind === 'ISO')
    .map((e) => [codes.get(e.unitId), e.selection?.reason])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
};

const nameOf = (code: string) => wardUnits.find((u) => u.code === code)!.name;

describe('a second ward loaded through the API', () => {
  it('evaluates every unit whose rotation ends, every never-evaluated unit and the units at risk, above the share, and names the unit left unchecked', async () => {
    const backend = await freshWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const codes = await unitCodes(backend);

    // Only the ward's own active units: the sample ward's units were retired.
    expect(programme.entries.every((e) => codes.get(e.unitId)?.startsWith('SLD-'))).toBe(true);
    expect(await isoChoice(backend, programme)).toEqual([
      ['SLD-BQLDA', 'neverEvaluated'],
      ['SLD-KTHT', 'risk'],
      ['SLD-TYT', 'neverEvaluated'],
      ['SLD-VHXH', 'risk'],
      ['SLD-VP', 'rotationDue'],
    ]);
    expect(programme.coverage.iso).toMatchObject({ planned: 5, total: 9, required: 5, percent: 50 });
    const iso = (code: string) => programme.entries.find((e) => e.kind === 'ISO' && codes.get(e.unitId) === code)!;
    expect(iso('SLD-KTHT').selection).toMatchObject({ lastYear: 2025, openMajorNonconformities: 1, overdueCorrectiveActions: 0 });
    expect(iso('SLD-VHXH').selection).toMatchObject({ lastYear: 2024, openMajorNonconformities: 0, overdueCorrectiveActions: 2 });
    expect(programme.coverage.cchc).toMatchObject({ planned: 4, total: 4 });

    expect(programme.violations.filter((v) => v.severity === 'hard')).toEqual([]);
    expect(programme.violations.filter((v) => v.code === 'openMajorUnchecked').map((v) => [v.severity, v.message])).toEqual([
      ['warning', 'Trường Mầm non Hoa Sen còn 1 điểm không phù hợp nặng chưa khắc phục nhưng kế hoạch chưa có cuộc đánh giá hay kiểm tra xác minh nào tại đơn vị.'],
    ]);
    expect(programme.canApprove).toBe(true);
  });

  it('refuses to approve once an ISO unit that may not wait is taken out, and warns while a new unit waits within the set years', async () => {
    const backend = await freshWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const codes = await unitCodes(backend);
    const bqlda = programme.entries.find((e) => e.kind === 'ISO' && codes.get(e.unitId) === 'SLD-BQLDA')!;
    const kt = programme.entries.find((e) => e.kind === 'ISO' && codes.get(e.unitId) === 'SLD-KTHT')!;
    await backend.call('programme.removeEntry', { id: kt.id });
    const without = await backend.call('programme.removeEntry', { id: bqlda.id });
    expect(without.violations.filter((v) => ['isoFirstEvaluationDue', 'openMajorUnchecked'].includes(v.code)).map((v) => [v.code, v.severity, v.message])).toEqual([
      ['isoFirstEvaluationDue', 'hard', `${nameOf('SLD-BQLDA')} áp dụng ISO 9001 nhưng chưa được đánh giá lần nào (có trong danh mục từ năm 2026); phải được đánh giá trong năm 2026.`],
      ['openMajorUnchecked', 'warning', `${nameOf('SLD-KTHT')} còn 1 điểm không phù hợp nặng chưa khắc phục nhưng kế hoạch chưa có cuộc đánh giá hay kiểm tra xác minh nào tại đơn vị.`],
      ['openMajorUnchecked', 'warning', 'Trường Mầm non Hoa Sen còn 1 điểm không phù hợp nặng chưa khắc phục nhưng kế hoạch chưa có cuộc đánh giá hay kiểm tra xác minh nào tại đơn vị.'],
    ]);
    expect(without.canApprove).toBe(false);

    // The ward allows three years for a first evaluation and goes back to the plan's 25%.
    await backend.call('settings.update', { isoFirstEvaluationWithinYears: 3, isoSharePercent: 25 });
    const patient = await backend.call('programme.generate', { year: 2026, replaceDraft: true });
    expect(await isoChoice(backend, patient)).toEqual([
      ['SLD-BQLDA', 'neverEvaluated'],
      ['SLD-KTHT', 'risk'],
      ['SLD-VP', 'rotationDue'],
    ]);
    expect(patient.violations.filter((v) => v.code === 'isoFirstEvaluationWaiting').map((v) => [v.severity, v.message])).toEqual([
      ['warning', `${nameOf('SLD-TYT')} áp dụng ISO 9001 nhưng chưa được đánh giá lần nào (có trong danh mục từ năm 2026) và chưa có lịch năm 2026; phải được đánh giá chậm nhất năm 2028.`],
    ]);
    expect(patient.canApprove).toBe(true);
  });

  it('gives the same programme in two fresh stores: units, dates, teams and rule list', async () => {
    const [first, second] = [await freshWard(), await freshWard()];
    const [a, b] = [await first.call('programme.generate', { year: 2026 }), await second.call('programme.generate', { year: 2026 })];
    expect(a.entries.length).toBeGreaterThan(8);
    expect(await stableShape(second, b)).toEqual(await stableShape(first, a));
  });

  it('states in the plan and its Excel file why each ISO unit was chosen, as recorded when it was drawn up', async () => {
    const backend = await freshWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    await backend.call('programme.approve', { id: programme.id, documentNumber: '03' });
    // A major nonconformity found after approval does not rewrite the reason the approved plan gave.
    await backend.ward.recordAudit({ kind: 'ISO', unitCode: 'SLD-VP', date: '2026-01-05', finding: { findingClass: 'kph_nang', description: 'Sổ theo dõi văn bản đến không cập nhật' } });
    const pdf = Buffer.from((await backend.call('programme.exportPdf', { id: programme.id })).base64, 'base64');
    const text = poppler('pdftotext', pdf).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('Lý do chọn từng cơ quan, đơn vị được đánh giá ISO 9001 (theo dữ liệu tại thời điểm lập kế hoạch):');
    for (const line of [
      `- ${nameOf('SLD-VP')}: đến hạn chu kỳ luân phiên (đánh giá gần nhất năm 2022);`,
      `- ${nameOf('SLD-KTHT')}: ưu tiên do rủi ro, còn 1 điểm không phù hợp nặng chưa khắc phục (đánh giá gần nhất năm 2025);`,
      `- ${nameOf('SLD-VHXH')}: ưu tiên do rủi ro, còn 2 hành động khắc phục quá hạn (đánh giá gần nhất năm 2024);`,
      `- ${nameOf('SLD-BQLDA')}: chưa từng được đánh giá`,
      `- ${nameOf('SLD-TYT')}: chưa từng được đánh giá`,
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG SÔNG LAM ĐÔNG');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from((await backend.call('programme.exportXlsx', { id: programme.id })).base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Lịch kiểm tra')!;
    const reasons = new Map<string, string>();
    sheet.eachRow((row, index) => {
      if (index > 4 && row.getCell(4).value === 'Đánh giá ISO 9001') reasons.set(String(row.getCell(5).value), String(row.getCell(9).value));
    });
    expect(Object.fromEntries(reasons)).toEqual({
      [nameOf('SLD-VP')]: 'Đến hạn chu kỳ luân phiên (đánh giá gần nhất năm 2022)',
      [nameOf('SLD-KTHT')]: 'Ưu tiên do rủi ro, còn 1 điểm không phù hợp nặng chưa khắc phục (đánh giá gần nhất năm 2025)',
      [nameOf('SLD-VHXH')]: 'Ưu tiên do rủi ro, còn 2 hành động khắc phục quá hạn (đánh giá gần nhất năm 2024)',
      [nameOf('SLD-BQLDA')]: 'Chưa từng được đánh giá',
      [nameOf('SLD-TYT')]: 'Chưa từng được đánh giá',
    });
  });

  it('keeps each entry’s reason with it: an entry the planner adds or moves says so', async () => {
    const backend = await freshWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const codes = await unitCodes(backend);
    const fill = programme.entries.find((e) => e.kind === 'ISO' && codes.get(e.unitId) === 'SLD-VHXH')!;
    const moved = await backend.call('programme.updateEntry', { id: fill.id, unitId: backend.ward.unitIds['SLD-HTCD']! });
    expect(moved.entries.find((e) => e.id === fill.id)?.selection).toEqual({
      kind: 'ISO',
      unitId: backend.ward.unitIds['SLD-HTCD'],
      reason: 'addedByPlanner',
      lastYear: 2024,
      openMajorNonconformities: 0,
      overdueCorrectiveActions: 0,
    });
    const redated = await backend.call('programme.updateEntry', { id: moved.entries.find((e) => e.kind === 'ISO' && codes.get(e.unitId) === 'SLD-VP')!.id, date: '2026-11-30' });
    expect(redated.entries.find((e) => e.kind === 'ISO' && codes.get(e.unitId) === 'SLD-VP')?.selection?.reason).toBe('rotationDue');

    const { staffIds } = backend.ward;
    const added = await backend.call('programme.addEntry', {
      programmeId: programme.id,
      kind: 'ISO',
      unitId: backend.ward.unitIds['SLD-VHXH']!,
      date: '2026-11-27',
      team: [
        { personId: staffIds['Trần Quốc Bảo']!, role: 'truong_doan' },
        { personId: staffIds['Hồ Thị Mai']!, role: 'thanh_vien' },
        { personId: staffIds['Ngô Văn Nam']!, role: 'thanh_vien' },
      ],
    });
    expect(added.entries.find((e) => e.kind === 'ISO' && codes.get(e.unitId) === 'SLD-VHXH')?.selection).toMatchObject({ reason: 'addedByPlanner', lastYear: 2024, overdueCorrectiveActions: 2 });

    const pdf = Buffer.from((await backend.call('programme.exportPdf', { id: programme.id })).base64, 'base64');
    const text = poppler('pdftotext', pdf).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain(`- ${nameOf('SLD-HTCD')}: bổ sung khi điều chỉnh kế hoạch (đánh giá gần nhất năm 2024)`);
    expect(text).toContain(`- ${nameOf('SLD-VHXH')}: bổ sung khi điều chỉnh kế hoạch (đánh giá gần nhất năm 2024); còn 2 hành động khắc phục quá hạn`);
  });
});

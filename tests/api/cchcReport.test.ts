import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { findingClasses } from '../../electron/shared/contract/vocabulary';
import { localDateOf } from '../../electron/shared/dates';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { insertReportingYear } from '../support/fixtures/reportingYear';
import { reportOfKind } from '../support/fixtures/reportOfKind';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
/** Rendering the PDF with its chart starts a worker that loads pdfmake and ECharts: slow on a busy 2-core machine. */
const RENDERING = 120_000;
afterEach(() => backend?.close());

async function yearOfData(now = '2026-11-20T03:00:00Z') {
  backend = await startTestBackend({ now: () => new Date(now) });
  const first = insertReportingYear(backend.store, { year: 2025, today: '2026-11-20', seed: 4 });
  insertReportingYear(backend.store, { year: 2026, today: '2026-11-20', seed: 9, firstMinutesNumber: first + 1 });
}

type Row = Record<string, string | number | null>;
const all = (sql: string) => backend.store.sqlite.prepare(sql).all() as Row[];

/** The report's counts worked out in plain code from the rows, for a window [from, to]. */
function expectedCounts(from: string, to: string) {
  const within = (date: string) => date >= from && date <= to;
  const ended = all("select * from audits where kind = 'CCHC' and status in ('closed', 'locked')").filter((a) => within(String(a.end_date)));
  const endedIds = new Set(ended.map((a) => a.id));
  const findings = all('select * from findings').filter((f) => endedIds.has(f.audit_id));
  const cchcAudits = new Set(all("select id from audits where kind = 'CCHC'").map((a) => a.id));
  const findingAudit = new Map(all('select id, audit_id from findings').map((f) => [f.id, f.audit_id]));
  const actions = all('select * from corrective_actions')
    .filter((a) => cchcAudits.has(findingAudit.get(String(a.finding_id)) ?? ''))
    .map((a) => ({ dueDate: String(a.due_date), opened: localDateOf(new Date(String(a.created_at))), closed: a.closed_at ? localDateOf(new Date(String(a.closed_at))) : null }));
  const closed = actions.filter((a) => a.closed !== null && within(a.closed));
  const days = closed.map((a) => (Date.parse(`${a.closed}T00:00:00Z`) - Date.parse(`${a.opened}T00:00:00Z`)) / 86_400_000);
  const inScope = all('select * from units where active = 1 and in_cchc_scope = 1');
  const inspectedUnits = new Set(ended.map((a) => a.unit_id));
  return {
    done: ended.length,
    unitsInspected: inspectedUnits.size,
    coverage: Math.round((inScope.filter((u) => inspectedUnits.has(u.id)).length * 1000) / inScope.length) / 10,
    findings: findings.length,
    byClass: Object.fromEntries(findingClasses.map((c) => [c, findings.filter((f) => f.finding_class === c).length])),
    opened: actions.filter((a) => within(a.opened)).length,
    closed: closed.length,
    overdue: actions.filter((a) => a.opened <= to && (a.closed === null || a.closed > to) && a.dueDate < to).length,
    averageDays: days.length ? Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10 : null,
    planned: all("select p.* from planned_inspections p join programmes g on g.id = p.programme_id where g.status = 'approved' and p.kind = 'CCHC'").filter((p) => within(String(p.date))).length,
    indicatorsMet: all("select r.* from item_responses r where r.indicator_met is not null").filter((r) => endedIds.has(r.audit_id) && r.indicator_met === 1).length,
    indicatorsNotMet: all("select r.* from item_responses r where r.indicator_met is not null").filter((r) => endedIds.has(r.audit_id) && r.indicator_met === 0).length,
  };
}

describe('Báo cáo kết quả kiểm tra công tác CCHC', () => {
  it('computes every figure of a quarter (15/06–14/09) and the year from the rows, with the previous period and the same period last year', async () => {
    await yearOfData();
    for (const period of [{ kind: 'quarter', year: 2026, quarter: 3 }, { kind: 'year', year: 2026 }] as const) {
      const report = reportOfKind(await backend.call('reports.create', { kind: 'cchc', period }), 'cchc');
      const f = report.figures;
      const expected = expectedCounts(f.window.from, f.window.to);
      expect(f.inspections).toMatchObject({ planned: expected.planned, unitsInspected: expected.unitsInspected, coveragePercent: expected.coverage, targetPercent: 100 });
      expect(f.inspections.done.value).toBe(expected.done);
      expect(f.inspections.done.trace.ids).toHaveLength(expected.done);
      expect(Object.fromEntries(Object.entries(f.findingsByClass).map(([c, v]) => [c, v.value]))).toEqual(expected.byClass);
      expect(f.actions.opened.value).toBe(expected.opened);
      expect(f.actions.closed.value).toBe(expected.closed);
      expect(f.actions.overdue.value).toBe(expected.overdue);
      expect(f.actions.averageDaysToClose).toBe(expected.averageDays);
      expect(f.byUnit.reduce((s, u) => s + u.findings.value, 0)).toBe(expected.findings);
      expect(f.byUnit.reduce((s, u) => s + u.indicatorsMet, 0)).toBe(expected.indicatorsMet);
      expect(f.byUnit.reduce((s, u) => s + u.indicatorsNotMet, 0)).toBe(expected.indicatorsNotMet);
      expect(f.indicators.map((i) => [i.reference, i.target, i.met, i.notMet])).toEqual([['3.6', '> 99%', expected.indicatorsMet, expected.indicatorsNotMet]]);
      expect(f.byArea.map((a) => a.area)).toEqual(['Chỉ đạo, điều hành CCHC', 'Cải cách thủ tục hành chính']);
      const previous = expectedCounts(f.comparison.previous.from, f.comparison.previous.to);
      const lastYear = expectedCounts(f.comparison.lastYear.from, f.comparison.lastYear.to);
      expect(f.comparison.previous).toMatchObject({ inspected: previous.done, findings: previous.findings, actionsOpened: previous.opened, actionsClosed: previous.closed });
      expect(f.comparison.lastYear).toMatchObject({ inspected: lastYear.done, findings: lastYear.findings, actionsOpened: lastYear.opened, actionsClosed: lastYear.closed });
    }
    const q3 = reportOfKind(await backend.call('reports.create', { kind: 'cchc', period: { kind: 'quarter', year: 2026, quarter: 3 } }), 'cchc');
    expect(q3.figures.window).toMatchObject({ from: '2026-06-15', to: '2026-09-14', cumulative: false });
    expect(q3.figures.comparison.previous).toMatchObject({ from: '2026-03-15', to: '2026-06-14' });
    expect(q3.figures.comparison.lastYear).toMatchObject({ from: '2025-06-15', to: '2025-09-14' });
    expect(q3.figures.inspections.done.value).toBeGreaterThan(0);
  });

  it('shows a unit that left the scope during the year with a note instead of dropping it', async () => {
    await yearOfData();
    const year = reportOfKind(await backend.call('reports.create', { kind: 'cchc', period: { kind: 'year', year: 2026 } }), 'cchc');
    const inspected = year.figures.byUnit.find((u) => u.audits.value > 0)!;
    await backend.call('units.update', { id: inspected.unitId, inCchcScope: false });
    const again = reportOfKind(await backend.call('reports.get', { id: year.id }), 'cchc');
    expect(again.figures.byUnit.find((u) => u.unitId === inspected.unitId)).toMatchObject({ note: 'Không còn thuộc phạm vi kiểm tra CCHC', audits: inspected.audits });
  });

  it('issuing numbers it per year and freezes its figures; a reissue gets the next number and names the first', async () => {
    await yearOfData();
    const draft = reportOfKind(await backend.call('reports.create', { kind: 'cchc', period: { kind: 'quarter', year: 2026, quarter: 3 } }), 'cchc');
    await backend.call('reports.update', { id: draft.id, texts: { ...draft.texts, assessment: 'Các phòng đã chủ động khắc phục sau kiểm tra.' } });
    const issued = reportOfKind(await backend.call('reports.issue', { id: draft.id }), 'cchc');
    expect(issued).toMatchObject({ status: 'issued', number: 1, documentCode: '01/BC-UBND', documentDate: '2026-11-20' });
    expect(issued.contentSha256).toMatch(/^[0-9a-f]{64}$/);

    // New data in the window changes a draft's figures, never the issued ones.
    const auditId = issued.figures.inspections.done.trace.ids[0]!;
    backend.store.sqlite.prepare("insert into findings (id, audit_id, number, finding_class, description, requires_action, status, created_at, updated_at) values (?, ?, 99, 'kph_nang', 'Thêm sau', 1, 'open', ?, ?)").run(crypto.randomUUID(), auditId, '2026-09-01T00:00:00Z', '2026-09-01T00:00:00Z');
    expect((await backend.call('reports.get', { id: issued.id })).figures).toEqual(issued.figures);
    const fresh = reportOfKind(await backend.call('reports.create', { kind: 'cchc', period: { kind: 'quarter', year: 2026, quarter: 3 } }), 'cchc');
    expect(fresh.figures.findingsByClass.kph_nang.value).toBe(issued.figures.findingsByClass.kph_nang.value + 1);
    const refused = await backend.dispatch('reports.update', { id: issued.id, texts: { ...issued.texts, assessment: 'Sửa' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const replacement = await backend.call('reports.reissue', { id: issued.id });
    expect(replacement).toMatchObject({ status: 'draft', supersedes: { id: issued.id, documentCode: '01/BC-UBND' } });
    expect(replacement.texts.assessment).toBe('Các phòng đã chủ động khắc phục sau kiểm tra.');
    const second = reportOfKind(await backend.call('reports.issue', { id: replacement.id }), 'cchc');
    expect(second.documentCode).toBe('02/BC-UBND');
    expect((await backend.call('reports.get', { id: issued.id })).supersededBy).toEqual({ id: second.id, documentCode: '02/BC-UBND' });
    expect(await backend.dispatch('reports.reissue', { id: issued.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const text = pdfText(Buffer.from((await backend.call('reports.exportPdf', { id: second.id })).base64, 'base64'));
    expect(text).toContain('Báo cáo này thay thế Báo cáo số 01/BC-UBND ngày 20/11/2026.');
  }, RENDERING);

  it('prints the NĐ 30/2020 BÁO CÁO with its number, period, units and figures, and writes the same figures to Excel', async () => {
    await yearOfData();
    const draft = reportOfKind(await backend.call('reports.create', { kind: 'cchc', period: { kind: 'quarter', year: 2026, quarter: 3 } }), 'cchc');
    const issued = reportOfKind(await backend.call('reports.issue', { id: draft.id }), 'cchc');
    const pdf = await backend.call('reports.exportPdf', { id: issued.id });
    expect(pdf.fileName).toBe('bao-cao-cchc-01-BC-UBND.pdf');
    const text = pdfText(Buffer.from(pdf.base64, 'base64'));
    const f = issued.figures;
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 01/BC-UBND',
      'BÁO CÁO',
      'Kết quả kiểm tra công tác cải cách hành chính quý III năm 2026',
      'từ ngày 15/06/2026 đến ngày 14/09/2026',
      `đã thực hiện và kết thúc ${f.inspections.done.value} cuộc`,
      `mở mới ${f.actions.opened.value};`,
      'Nơi nhận',
      ...f.byUnit.filter((u) => u.audits.value > 0).map((u) => u.unitName),
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('DỰ THẢO');
    // The chart is drawn as vectors: its words are PDF text and the PDF holds no raster image.
    expect(text).toContain('Phát hiện theo phân loại');
    expect(text).toContain('Số phát hiện');
    expect(poppler('pdfimages', Buffer.from(pdf.base64, 'base64'), ['-list']).trim().split('\n')).toHaveLength(2);

    const xlsx = await backend.call('reports.exportXlsx', { id: issued.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    const value = (label: string) => (summary.getSheetValues().find((row) => Array.isArray(row) && row[1] === label) as ExcelJS.CellValue[] | undefined)?.[2];
    expect(value('Cuộc kiểm tra đã kết thúc')).toBe(f.inspections.done.value);
    expect(value('Hành động khắc phục quá hạn')).toBe(f.actions.overdue.value);
    expect(workbook.getWorksheet('Phát hiện')!.rowCount - 1).toBe(f.findings.length);
    expect(workbook.getWorksheet('Cuộc kiểm tra')!.rowCount - 1).toBe(f.inspections.done.value);
  }, RENDERING);

  it('refuses a month when monthly reports are off, and a range that ends before it starts', async () => {
    await yearOfData();
    await backend.call('settings.update', { monthlyReports: false });
    expect(await backend.dispatch('reports.create', { kind: 'cchc', period: { kind: 'month', year: 2026, month: 3 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Báo cáo tháng đang tắt trong Cài đặt → Kỳ báo cáo.' } });
    expect(await backend.dispatch('reports.create', { kind: 'cchc', period: { kind: 'range', from: '2026-05-01', to: '2026-04-01' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await backend.call('reports.list', {})).toEqual([]);
  });
});

import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundWork } from '../../electron/backend/workers/workerPool';
import { findingClasses } from '../../electron/shared/contract/vocabulary';
import { docxParagraphs, docxPart } from '../support/fixtures/docxTools';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { insertReportingYear } from '../support/fixtures/reportingYear';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
/** Rendering the PDF with its charts starts a worker that loads pdfmake and ECharts: slow on a busy 2-core machine. */
const RENDERING = 120_000;
afterEach(() => {
  vi.restoreAllMocks();
  backend?.close();
});

async function yearOfData() {
  backend = await startTestBackend({ now: () => new Date('2026-12-20T03:00:00Z') });
  const first = insertReportingYear(backend.store, { year: 2025, today: '2026-12-20', seed: 4, maxFindings: 8 });
  const second = insertReportingYear(backend.store, { year: 2026, today: '2026-12-20', seed: 9, maxFindings: 8, firstMinutesNumber: first + 1 });
  // A second round of evaluations in the year, so every group of the report has rows behind it.
  insertReportingYear(backend.store, { year: 2026, today: '2026-12-20', seed: 23, maxFindings: 8, firstMinutesNumber: first + second + 1 });
}

type Row = Record<string, string | number | null>;
const all = (sql: string) => backend.store.sqlite.prepare(sql).all() as Row[];
const clauses = ['4', '5', '6', '7', '8', '9', '10'];

/** The ISO report's figures worked out in plain code from the rows, for a window [from, to]. */
function expectedIso(from: string, to: string, sharePercent: number) {
  const within = (date: string) => date >= from && date <= to;
  const ended = all("select * from audits where kind = 'ISO' and status in ('closed', 'locked')").filter((a) => within(String(a.end_date)));
  const endedIds = new Set(ended.map((a) => a.id));
  const findings = all('select * from findings').filter((f) => endedIds.has(f.audit_id));
  const ncs = findings.filter((f) => f.finding_class === 'kph_nang' || f.finding_class === 'kph_nhe');
  const mainClause = (reference: unknown) => String(reference ?? '').split('.')[0]!;
  const isoUnits = all('select * from units where active = 1 and iso_applying = 1');
  const evaluated = new Set(ended.map((a) => a.unit_id));
  const findingIds = new Set(findings.map((f) => f.id));
  const actions = all('select * from corrective_actions').filter((a) => findingIds.has(a.finding_id));
  const effective = actions.filter((a) => a.status === 'da_xac_minh_hieu_qua');
  const notEffective = actions.filter((a) => a.status !== 'da_xac_minh_hieu_qua' && (a.status === 'khong_hieu_qua' || a.verification_result === 'khong_hieu_qua'));
  const isoAuditEnd = new Map(all("select id, end_date from audits where kind = 'ISO'").map((a) => [a.id, String(a.end_date)]));
  const auditOfFinding = new Map(all('select id, audit_id from findings').map((f) => [f.id, f.audit_id]));
  const closedDay = (at: unknown) => (at ? new Date(Date.parse(String(at)) + 7 * 3_600_000).toISOString().slice(0, 10) : null);
  const carried = all('select * from corrective_actions').filter((a) => {
    const end = isoAuditEnd.get(String(auditOfFinding.get(String(a.finding_id))));
    const closed = closedDay(a.closed_at);
    return end !== undefined && end < from && (closed === null || closed > to);
  });
  const unitsEvaluated = isoUnits.filter((u) => evaluated.has(u.id)).length;
  return {
    done: ended.length,
    isoUnits: isoUnits.length,
    unitsEvaluated,
    required: Math.ceil((sharePercent * isoUnits.length) / 100 - 1e-9),
    byClass: Object.fromEntries(findingClasses.map((c) => [c, findings.filter((f) => f.finding_class === c).length])),
    byClause: Object.fromEntries(clauses.map((c) => [c, ncs.filter((f) => mainClause(f.reference) === c).length])),
    withoutClause: ncs.filter((f) => !clauses.includes(mainClause(f.reference))).length,
    effective: effective.length,
    notEffective: notEffective.length,
    pending: actions.length - effective.length - notEffective.length,
    carriedOver: carried.length,
    ncsOfUnit: (unitId: string) => ncs.filter((f) => ended.find((a) => a.id === f.audit_id)?.unit_id === unitId).length,
  };
}

describe('Báo cáo đánh giá nội bộ ISO', () => {
  it('computes every figure of the year and of the six months from the rows, against the required share in Cài đặt', async () => {
    await yearOfData();
    await backend.call('settings.update', { isoSharePercent: 40 });
    for (const period of [{ kind: 'year', year: 2026 }, { kind: 'sixMonths', year: 2026 }, { kind: 'quarter', year: 2026, quarter: 3 }] as const) {
      const report = await backend.call('reports.create', { kind: 'iso', period });
      expect(report.kind).toBe('iso');
      if (report.kind !== 'iso') return;
      const f = report.figures;
      const expected = expectedIso(f.window.from, f.window.to, 40);
      expect(f.evaluation).toMatchObject({ isoUnits: expected.isoUnits, unitsEvaluated: expected.unitsEvaluated, required: expected.required, targetPercent: 40, targetMet: expected.unitsEvaluated >= expected.required });
      expect(f.evaluation.done.value).toBe(expected.done);
      expect(Object.fromEntries(Object.entries(f.findingsByClass).map(([c, v]) => [c, v.value]))).toEqual(expected.byClass);
      expect(Object.fromEntries(Object.entries(f.nonconformitiesByClause).map(([c, v]) => [c, v.value]))).toEqual(expected.byClause);
      expect(f.nonconformitiesWithoutClause.value).toBe(expected.withoutClause);
      expect(f.effectiveness.effective.value).toBe(expected.effective);
      expect(f.effectiveness.notEffective.value).toBe(expected.notEffective);
      expect(f.effectiveness.pending.value).toBe(expected.pending);
      expect(f.carriedOver.value).toBe(expected.carriedOver);
      for (const unit of f.byUnit) expect(unit.nonconformities.value).toBe(expected.ncsOfUnit(unit.unitId));
      expect(f.byUnit.reduce((s, u) => s + Object.values(u.byClause).reduce((a, b) => a + b, 0), 0)).toBe(Object.values(expected.byClause).reduce((a, b) => a + b, 0));
    }
    const year = await backend.call('reports.create', { kind: 'iso', period: { kind: 'year', year: 2026 } });
    if (year.kind !== 'iso') throw new Error('not an ISO report');
    // The year has something in every group, so the comparisons above compare real counts.
    expect(year.figures.evaluation.done.value).toBeGreaterThan(0);
    expect(year.figures.effectiveness.effective.value).toBeGreaterThan(0);
    expect(year.figures.effectiveness.notEffective.value).toBeGreaterThan(0);
    expect(year.figures.effectiveness.pending.value).toBeGreaterThan(0);
    expect(year.figures.nonconformitiesWithoutClause.value).toBeGreaterThan(0);
    expect(year.figures.carriedOver.value).toBeGreaterThan(0);
    // Every traced figure lists rows the report carries.
    const findingIds = new Set(year.figures.findings.map((x) => x.id));
    for (const figure of Object.values(year.figures.nonconformitiesByClause)) for (const id of figure.trace.ids) expect(findingIds.has(id)).toBe(true);
    const actionIds = new Set(year.figures.actionRows.map((x) => x.id));
    for (const id of [...year.figures.effectiveness.pending.trace.ids, ...year.figures.carriedOver.trace.ids]) expect(actionIds.has(id)).toBe(true);
  });

  it('keeps the management-review texts, freezes them and the figures on issue, and prints them with vector charts', async () => {
    await yearOfData();
    const draft = await backend.call('reports.create', { kind: 'iso', period: { kind: 'year', year: 2026 } });
    expect(draft.texts.managementReview?.changes).toBe('…');
    const managementReview = { ...draft.texts.managementReview!, changes: 'Sáp nhập hai phòng chuyên môn từ 01/07/2026.', improvements: 'Số hóa hồ sơ lưu trữ.' };
    await backend.call('reports.update', { id: draft.id, texts: { ...draft.texts, managementReview } });
    const issued = await backend.call('reports.issue', { id: draft.id });
    expect(issued).toMatchObject({ kind: 'iso', status: 'issued', documentCode: '01/BC-UBND', texts: { managementReview } });
    if (issued.kind !== 'iso') return;

    const auditId = issued.figures.evaluation.done.trace.ids[0]!;
    backend.store.sqlite
      .prepare("insert into findings (id, audit_id, number, finding_class, reference, description, requires_action, status, created_at, updated_at) values (?, ?, 99, 'kph_nang', '7.1', 'Thêm sau', 1, 'open', ?, ?)")
      .run(crypto.randomUUID(), auditId, '2026-09-01T00:00:00Z', '2026-09-01T00:00:00Z');
    expect((await backend.call('reports.get', { id: issued.id })).figures).toEqual(issued.figures);
    expect(await backend.dispatch('reports.update', { id: issued.id, texts: { ...issued.texts, assessment: 'Sửa' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const pdf = await backend.call('reports.exportPdf', { id: issued.id });
    expect(pdf.fileName).toBe('bao-cao-iso-01-BC-UBND.pdf');
    const bytes = Buffer.from(pdf.base64, 'base64');
    const text = pdfText(bytes);
    const f = issued.figures;
    for (const expected of [
      'Số: 01/BC-UBND',
      'BÁO CÁO',
      'Kết quả đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2026',
      'từ ngày 15/12/2025 đến ngày 14/12/2026',
      `đã thực hiện và kết thúc ${f.evaluation.done.value} cuộc`,
      `${f.evaluation.unitsEvaluated}/${f.evaluation.isoUnits}`,
      'ĐẦU VÀO CHO XEM XÉT CỦA LÃNH ĐẠO',
      `${f.effectiveness.effective.value} đã được xác minh hiệu quả`,
      'Sáp nhập hai phòng chuyên môn từ 01/07/2026.',
      'Số hóa hồ sơ lưu trữ.',
      'Sự không phù hợp theo điều khoản TCVN ISO 9001:2015',
      'Hiệu lực của hành động khắc phục',
      'Nơi nhận',
      ...f.byUnit.filter((u) => u.audits.value > 0).map((u) => u.unitName),
    ]) {
      expect(text).toContain(expected);
    }
    // Charts are vectors: their words are PDF text, and the only image is none at all.
    expect(poppler('pdfimages', bytes, ['-list']).trim().split('\n')).toHaveLength(2);

    const xlsx = await backend.call('reports.exportXlsx', { id: issued.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    const value = (label: string) => (summary.getSheetValues().find((row) => Array.isArray(row) && row[1] === label) as ExcelJS.CellValue[] | undefined)?.[2];
    expect(value('Cuộc đánh giá đã kết thúc')).toBe(f.evaluation.done.value);
    expect(value('Sự không phù hợp, điều 8')).toBe(f.nonconformitiesByClause['8'].value);
    expect(value('Hành động từ các lần đánh giá trước chưa hoàn thành')).toBe(f.carriedOver.value);
    expect(workbook.getWorksheet('Phát hiện')!.rowCount - 1).toBe(f.findings.length);
    expect(workbook.getWorksheet('Hành động khắc phục')!.rowCount - 1).toBe(f.actionRows.length);

    // The Word copy is built from the same content model.
    const docx = Buffer.from((await backend.call('reports.exportDocx', { id: issued.id })).base64, 'base64');
    const paragraphs = docxParagraphs(await docxPart(docx, 'word/document.xml'));
    expect(paragraphs).toContain('Số: 01/BC-UBND');
    expect(paragraphs.join('\n')).toContain('Sáp nhập hai phòng chuyên môn từ 01/07/2026.');

    const tasks = vi.spyOn(backgroundWork, 'run');
    const charts = await backend.call('reports.charts', { id: issued.id });
    expect(charts.map((c) => c.title)).toEqual(['Sự không phù hợp theo điều khoản TCVN ISO 9001:2015', 'Hiệu lực của hành động khắc phục', 'Sự không phù hợp và cơ hội cải tiến theo đơn vị']);
    expect(charts[0]!.svg).toMatch(/^<svg/);
    expect(charts[1]!.table.rows).toEqual([
      ['Đã xác minh hiệu quả', f.effectiveness.effective.value],
      ['Không hiệu quả', f.effectiveness.notEffective.value],
      ['Đang thực hiện, chờ xác minh', f.effectiveness.pending.value],
    ]);

    // Opening the page drew the Word copy's three charts and their pictures, which the copy asked for afterwards takes.
    await backend.call('reports.exportDocx', { id: issued.id });
    expect(tasks.mock.calls.filter(([task]) => task === 'reports.drawIsoDocxAhead')).toHaveLength(1);
    const [[, payload]] = tasks.mock.calls.filter(([task]) => task === 'reports.renderIsoDocx') as unknown as [[string, { drawnAhead: { charts: unknown[]; pictures: unknown[] } }]];
    expect(payload.drawnAhead.charts).toHaveLength(3);
    expect(payload.drawnAhead.pictures).toHaveLength(3);
  }, RENDERING);

  it('refuses an unknown report kind', async () => {
    await yearOfData();
    expect(await backend.dispatch('reports.create', { kind: 'par', period: { kind: 'year', year: 2026 } } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await backend.call('reports.list', {})).toEqual([]);
  });
});

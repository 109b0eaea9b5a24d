import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { actionStatuses, findingClasses } from '../../electron/shared/contract/vocabulary';
import { docxParagraphs, docxPart } from '../support/fixtures/docxTools';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { insertReportingYear } from '../support/fixtures/reportingYear';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
const RENDERING = 120_000;
afterEach(() => backend?.close());

type Row = Record<string, string | number | null>;
const all = (sql: string, ...params: unknown[]) => backend.store.sqlite.prepare(sql).all(...params) as Row[];

/** One unit's years worked out in plain code from the rows. */
function expectedYears(unitId: string) {
  const audits = all("select * from audits where unit_id = ? and status in ('closed', 'locked')", unitId);
  const years = [...new Set(audits.map((a) => Number(String(a.end_date).slice(0, 4))))].sort();
  return years.map((year) => {
    const ofYear = audits.filter((a) => String(a.end_date).startsWith(`${year}-`));
    const ids = new Set(ofYear.map((a) => a.id));
    const findings = all('select * from findings').filter((f) => ids.has(f.audit_id));
    const findingIds = new Set(findings.map((f) => f.id));
    const actions = all('select * from corrective_actions').filter((a) => findingIds.has(a.finding_id));
    const indicators = all('select * from item_responses where indicator_met is not null').filter((r) => ids.has(r.audit_id));
    return {
      year,
      cchc: ofYear.filter((a) => a.kind === 'CCHC').length,
      iso: ofYear.filter((a) => a.kind === 'ISO').length,
      byClass: Object.fromEntries(findingClasses.map((c) => [c, findings.filter((f) => f.finding_class === c).length])),
      byStatus: Object.fromEntries(actionStatuses.map((s) => [s, actions.filter((a) => a.status === s).length])),
      met: indicators.filter((r) => r.indicator_met === 1).length,
      notMet: indicators.filter((r) => r.indicator_met === 0).length,
    };
  });
}

describe('Hồ sơ theo dõi đơn vị (unit report card)', () => {
  it('counts each year of every unit from the rows, and prints and exports the same figures', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-12-20T03:00:00Z') });
    const first = insertReportingYear(backend.store, { year: 2025, today: '2026-12-20', seed: 4, maxFindings: 8 });
    insertReportingYear(backend.store, { year: 2026, today: '2026-12-20', seed: 9, maxFindings: 8, firstMinutesNumber: first + 1 });
    const units = all('select id from units');
    let unitsWithTwoYears = 0;
    for (const { id } of units) {
      const card = await backend.call('reports.unitCard', { unitId: String(id) });
      const expected = expectedYears(String(id));
      if (expected.length === 2) unitsWithTwoYears += 1;
      expect(
        card.years.map((y) => ({
          year: y.year,
          cchc: y.cchcAudits.value,
          iso: y.isoAudits.value,
          byClass: Object.fromEntries(findingClasses.map((c) => [c, y.findingsByClass[c].value])),
          byStatus: Object.fromEntries(actionStatuses.map((s) => [s, y.actionsByStatus[s].value])),
          met: y.indicatorsMet,
          notMet: y.indicatorsNotMet,
        })),
      ).toEqual(expected);
      expect(card.audits.length).toBe(all('select id from audits where unit_id = ?', id).length);
    }
    expect(unitsWithTwoYears).toBeGreaterThan(0);

    const unitId = String(units.find(({ id }) => expectedYears(String(id)).length === 2)!.id);
    const card = await backend.call('reports.unitCard', { unitId });
    const pdf = Buffer.from((await backend.call('reports.unitCardPdf', { unitId })).base64, 'base64');
    const text = pdfText(pdf);
    expect(text).toContain(`Hồ sơ theo dõi kết quả kiểm tra, đánh giá của ${card.unit.name}`);
    expect(text).toContain('Số cuộc kiểm tra, đánh giá theo năm');
    for (const audit of card.audits) expect(text).toContain(audit.title);
    // Charts are vectors: their words are text and the PDF holds no raster image.
    expect(poppler('pdfimages', pdf, ['-list']).trim().split('\n')).toHaveLength(2);

    const xlsx = await backend.call('reports.unitCardXlsx', { unitId });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const years = workbook.getWorksheet('Theo năm')!;
    expect(years.rowCount - 1).toBe(card.years.length);
    expect(years.getRow(2).getCell(2).value).toBe(card.years[0]!.cchcAudits.value);
    expect(workbook.getWorksheet('Phát hiện')!.rowCount - 1).toBe(card.findings.length);

    const docx = Buffer.from((await backend.call('reports.unitCardDocx', { unitId })).base64, 'base64');
    expect(docxParagraphs(await docxPart(docx, 'word/document.xml')).join('\n')).toContain(card.unit.name);

    const charts = await backend.call('reports.unitCardCharts', { unitId });
    expect(charts[0]!.table.rows).toEqual(card.years.map((y) => [String(y.year), y.cchcAudits.value, y.isoAudits.value]));
  }, RENDERING);

  it('refuses an unknown unit', async () => {
    backend = await startTestBackend();
    expect(await backend.dispatch('reports.unitCard', { unitId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

import { insertMinutesAudit } from '../../support/fixtures/minutesAudit';
import { insertReportingYear } from '../../support/fixtures/reportingYear';
import { startTestBackend } from '../../support/tempBackend';
import { sampleInTurn, sideBySide } from '../benchCase';
import type { BenchCase } from '../benchCase';

const RUNS = 8;

/** Reports whose charts all differ from each other's and from the yearly report's (checked when the bench was written). */
const FIRST_EXPORTS = [
  { kind: 'year', year: 2025 },
  { kind: 'nineMonths', year: 2026 },
  { kind: 'nineMonths', year: 2025 },
  { kind: 'sixMonths', year: 2026 },
  { kind: 'sixMonths', year: 2025 },
  { kind: 'quarter', year: 2026, quarter: 1 },
  { kind: 'quarter', year: 2026, quarter: 2 },
  { kind: 'quarter', year: 2026, quarter: 3 },
] as const;

/**
 * The Word copies beside the PDFs of the same content, through the API (worker pool included):
 * the 150-item minutes and a yearly CCHC report with its three charts. Goal: Word no slower than the PDF.
 * A worker keeps the chart pictures it drew, so the yearly report exported again draws none; the last
 * row is each report's first Word copy, whose charts are drawn then.
 */
const bench: BenchCase = {
  name: 'Word copies: .docx beside the PDF of the same content (minutes 150 items + 20 findings, yearly report)',
  async run() {
    const backend = await startTestBackend({ now: () => new Date('2026-11-20T03:00:00Z') });
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 150, findings: 20 });
    const first = insertReportingYear(backend.store, { year: 2025, today: '2026-11-20', seed: 4 });
    insertReportingYear(backend.store, { year: 2026, today: '2026-11-20', seed: 9, firstMinutesNumber: first + 1 });
    const report = await backend.call('reports.create', { kind: 'cchc', period: { kind: 'year', year: 2026 } });
    const others = [];
    for (const period of FIRST_EXPORTS) others.push(await backend.call('reports.create', { kind: 'cchc', period }));

    // The first calls load pdfmake, docx and the rasteriser in the workers; they are not measured.
    await backend.call('minutes.draft', { auditId: audit.auditId });
    await backend.call('minutes.draftDocx', { auditId: audit.auditId });
    await backend.call('reports.exportPdf', { id: report.id });
    await backend.call('reports.exportDocx', { id: report.id });

    const minutes = await sampleInTurn(
      RUNS,
      () => backend.call('minutes.draftDocx', { auditId: audit.auditId }),
      () => backend.call('minutes.draft', { auditId: audit.auditId }),
    );
    const yearly = await sampleInTurn(
      RUNS,
      () => backend.call('reports.exportDocx', { id: report.id }),
      () => backend.call('reports.exportPdf', { id: report.id }),
    );
    const firstExports = { app: [] as number[], reference: [] as number[] };
    for (const other of others) {
      const sample = await sampleInTurn(
        1,
        () => backend.call('reports.exportDocx', { id: other.id }),
        () => backend.call('reports.exportPdf', { id: other.id }),
      );
      firstExports.app.push(...sample.app);
      firstExports.reference.push(...sample.reference);
    }
    backend.close();
    return {
      'minutes .docx, CCHC, 150 items + 20 findings (reference: its PDF, minutes.draft)': sideBySide(minutes.app, minutes.reference),
      'yearly CCHC report .docx with its three charts, exported again (reference: its PDF)': sideBySide(yearly.app, yearly.reference),
      'first .docx of each of 8 CCHC reports (year, 9 and 6 months, quarters), charts drawn then (reference: its PDF)': sideBySide(firstExports.app, firstExports.reference),
    };
  },
};
export default bench;

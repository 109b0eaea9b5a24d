import { drawnAheadFor } from '../../../electron/backend/modules/reporting/wordPictures';
import { backgroundWork } from '../../../electron/backend/workers/workerPool';
import { insertMinutesAudit } from '../../support/fixtures/minutesAudit';
import { insertReportingYear } from '../../support/fixtures/reportingYear';
import { startTestBackend } from '../../support/tempBackend';
import type { TestBackend } from '../../support/tempBackend';
import { sampleInTurn, sideBySide } from '../benchCase';
import type { BenchCase } from '../benchCase';

const RUNS = 8;
const NOW = () => new Date('2026-11-20T03:00:00Z');

/**
 * Reports whose three charts all differ from each other's and from the yearly report's, so each Word copy
 * draws its charts. Not the nine months: the fixture's years have no inspections after September, so a
 * nine-month report draws the same charts as its year (and the second quarter of 2025 the same as its
 * six months). Checked by hashing each report's chart SVGs when the list was chosen.
 */
const FIRST_EXPORTS = [
  { kind: 'year', year: 2025 },
  { kind: 'sixMonths', year: 2026 },
  { kind: 'sixMonths', year: 2025 },
  { kind: 'quarter', year: 2025, quarter: 1 },
  { kind: 'quarter', year: 2025, quarter: 3 },
  { kind: 'quarter', year: 2026, quarter: 1 },
  { kind: 'quarter', year: 2026, quarter: 2 },
  { kind: 'quarter', year: 2026, quarter: 3 },
] as const;

/** Two years of inspections, the yearly report of the second and the reports of FIRST_EXPORTS, as drafts. */
async function reportingBackend(seeds: [number, number], withMinutes = false) {
  const backend = await startTestBackend({ now: NOW });
  const audit = withMinutes ? insertMinutesAudit(backend.store, { kind: 'CCHC', items: 150, findings: 20 }) : undefined;
  const first = insertReportingYear(backend.store, { year: 2025, today: '2026-11-20', seed: seeds[0] });
  insertReportingYear(backend.store, { year: 2026, today: '2026-11-20', seed: seeds[1], firstMinutesNumber: first + 1 });
  const yearly = await backend.call('reports.create', { kind: 'cchc', period: { kind: 'year', year: 2026 } });
  const others = [];
  for (const period of FIRST_EXPORTS) others.push(await backend.call('reports.create', { kind: 'cchc', period }));
  return { backend, audit, yearly, others };
}

/**
 * New workers, so none holds a picture an earlier row drew, each with pdfmake, docx, the rasteriser and
 * ECharts loaded (two calls at once go to both): opening a page runs two tasks at once.
 */
async function freshWorkers(backend: TestBackend, warmUpReportId: string): Promise<void> {
  await backgroundWork.close();
  for (const method of ['reports.exportDocx', 'reports.exportPdf'] as const) {
    await Promise.all([backend.call(method, { id: warmUpReportId }), backend.call(method, { id: warmUpReportId })]);
  }
}

/** Each report's first Word copy beside its PDF, report after report; `beforeCopy` is what happens before the copy is asked for. */
async function firstCopies(backend: TestBackend, reports: Array<{ id: string }>, beforeCopy: (id: string) => Promise<unknown> = async () => undefined) {
  const samples = { app: [] as number[], reference: [] as number[] };
  for (const { id } of reports) {
    await beforeCopy(id);
    const sample = await sampleInTurn(
      1,
      () => backend.call('reports.exportDocx', { id }),
      () => backend.call('reports.exportPdf', { id }),
    );
    samples.app.push(...sample.app);
    samples.reference.push(...sample.reference);
  }
  return samples;
}

/**
 * The Word copies beside the PDFs of the same content, through the API (worker pool included):
 * the 150-item minutes and a yearly CCHC report with its three charts. Goal: Word no slower than the PDF.
 * A worker keeps the chart pictures it drew, so the yearly report exported again draws none.
 *
 * Then each report's first Word copy, three ways, each on new workers. Through the API alone, its
 * charts are drawn with it. In the app the report's page opens first (reports.charts, which starts
 * drawing the Word copy's charts and pictures on the pool beside the page's own charts): asked for as
 * soon as the page has its charts, the copy waits for what is left of that drawing; asked for once it
 * is drawn (another store with other figures, nothing drawn yet), the copy only takes it. A user reading
 * the page before clicking "Tải Word" is between the two.
 */
const bench: BenchCase = {
  name: 'Word copies: .docx beside the PDF of the same content (minutes 150 items + 20 findings, yearly report)',
  async run() {
    const { backend, audit, yearly: report, others } = await reportingBackend([4, 9], true);

    // The first calls load pdfmake, docx and the rasteriser in the workers; they are not measured.
    await backend.call('minutes.draft', { auditId: audit!.auditId });
    await backend.call('minutes.draftDocx', { auditId: audit!.auditId });
    await backend.call('reports.exportPdf', { id: report.id });
    await backend.call('reports.exportDocx', { id: report.id });

    const minutes = await sampleInTurn(
      RUNS,
      () => backend.call('minutes.draftDocx', { auditId: audit!.auditId }),
      () => backend.call('minutes.draft', { auditId: audit!.auditId }),
    );
    const yearly = await sampleInTurn(
      RUNS,
      () => backend.call('reports.exportDocx', { id: report.id }),
      () => backend.call('reports.exportPdf', { id: report.id }),
    );

    await freshWorkers(backend, report.id);
    const throughApi = await firstCopies(backend, others);
    await freshWorkers(backend, report.id);
    const pageJustOpened = await firstCopies(backend, others, (id) => backend.call('reports.charts', { id }));
    backend.close();

    const other = await reportingBackend([5, 11]);
    await freshWorkers(other.backend, other.yearly.id);
    const picturesDrawn = await firstCopies(other.backend, other.others, async (id) => {
      await other.backend.call('reports.charts', { id });
      await drawnAheadFor(await other.backend.call('reports.get', { id }), other.backend.config.resourcesDir);
    });
    other.backend.close();

    return {
      'minutes .docx, CCHC, 150 items + 20 findings (reference: its PDF, minutes.draft)': sideBySide(minutes.app, minutes.reference),
      'yearly CCHC report .docx with its three charts, exported again (reference: its PDF)': sideBySide(yearly.app, yearly.reference),
      'first .docx of each of 8 CCHC reports (year, 6 months, quarters) through the API alone, charts drawn then (reference: its PDF)': sideBySide(throughApi.app, throughApi.reference),
      'first .docx of the same reports asked for as soon as the page has its charts (reference: its PDF)': sideBySide(pageJustOpened.app, pageJustOpened.reference),
      'first .docx of 8 reports of other figures asked for once what the page drew ahead is ready (reference: its PDF)': sideBySide(picturesDrawn.app, picturesDrawn.reference),
    };
  },
};
export default bench;

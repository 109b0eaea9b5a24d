import { startTestBackend } from '../../support/tempBackend';
import { sampleInTurn, sideBySide, summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';
import { insertReportingDecade } from '../seeds/reportingDecade';

const RUNS = 5;

/**
 * Issue 14's figures over ten years (20 units, ~300 audits, ~5 000 findings and actions): the home's
 * two queries, and the yearly CCHC and ISO reports as full PDFs (figures, layout, vector charts, on the
 * worker pool). The reference for each PDF is the same report for a period with no data, in the same
 * run: what is left over is the cost of the data.
 */
const bench: BenchCase = {
  name: 'Reports: home queries and the yearly report PDFs over 10 years (budget: home < 50 ms, PDF < 1 s)',
  async run() {
    const backend = await startTestBackend({ now: () => new Date('2026-12-20T03:00:00Z') });
    const insertMs = insertReportingDecade(backend.store);
    const count = (table: string) => (backend.store.sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
    const year = { kind: 'year', year: 2026 } as const;
    const empty = { kind: 'range', from: '2010-01-01', to: '2010-12-31' } as const;
    const reports = {
      cchc: await backend.call('reports.create', { kind: 'cchc', period: year }),
      iso: await backend.call('reports.create', { kind: 'iso', period: year }),
      cchcEmpty: await backend.call('reports.create', { kind: 'cchc', period: empty }),
      isoEmpty: await backend.call('reports.create', { kind: 'iso', period: empty }),
    };
    // The worker pool loads pdfmake, the fonts and ECharts once; the figures below are warm, as a user meets them after the first document.
    await backend.call('reports.exportPdf', { id: reports.cchc.id });
    await backend.call('reports.exportPdf', { id: reports.iso.id });
    await backend.call('home.charts', { year: 2026 });
    const home = await sampleInTurn(
      RUNS * 4,
      () => backend.call('home.attention', { year: 2026 }),
      () => backend.call('units.list', {}),
    );
    const homeCharts = await sampleInTurn(
      RUNS,
      () => backend.call('home.charts', { year: 2026 }),
      () => backend.call('units.list', {}),
    );
    const cchc = await sampleInTurn(
      RUNS,
      () => backend.call('reports.exportPdf', { id: reports.cchc.id }),
      () => backend.call('reports.exportPdf', { id: reports.cchcEmpty.id }),
    );
    const iso = await sampleInTurn(
      RUNS,
      () => backend.call('reports.exportPdf', { id: reports.iso.id }),
      () => backend.call('reports.exportPdf', { id: reports.isoEmpty.id }),
    );
    const figures = await sampleInTurn(
      RUNS,
      () => backend.call('reports.get', { id: reports.iso.id }),
      () => backend.call('reports.get', { id: reports.isoEmpty.id }),
    );
    const sizes = { units: count('units'), audits: count('audits'), findings: count('findings'), 'corrective actions': count('corrective_actions') };
    backend.close();
    return {
      ...sizes,
      'insert ms': insertMs,
      'ISSUE ROW home.attention (budget 50 ms) vs units.list': sideBySide(home.app, home.reference),
      'ISSUE ROW home.charts (counts + SVG on the worker) vs units.list': sideBySide(homeCharts.app, homeCharts.reference),
      'ISSUE ROW yearly CCHC report PDF (budget 1 000 ms) vs the same report with no data': sideBySide(cchc.app, cchc.reference),
      'ISSUE ROW yearly ISO report PDF (budget 1 000 ms) vs the same report with no data': sideBySide(iso.app, iso.reference),
      'ISO report figures (reports.get) vs no data': sideBySide(figures.app, figures.reference),
      'yearly CCHC PDF p95 ms': summarise(cchc.app).p95Ms,
      'yearly ISO PDF p95 ms': summarise(iso.app).p95Ms,
    };
  },
};
export default bench;

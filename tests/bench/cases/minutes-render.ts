import path from 'node:path';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { sourceLayout } from '../../../electron/backend/paths';
import { pdfText } from '../../support/fixtures/minutesPdfText';
import { insertMinutesAudit } from '../../support/fixtures/minutesAudit';
import { startTestBackend } from '../../support/tempBackend';
import { sampleMs, sideBySide, summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';

const RUNS = 12;

/** The reference: pdfkit writing the same text in the same font and size on A4 pages, no layout rules. */
function rawPdfkit(text: string): Promise<Buffer> {
  const fonts = path.join(sourceLayout.resourcesDir, 'fonts');
  const doc = new PDFDocument({ size: 'A4', margins: { top: 57, bottom: 57, left: 85, right: 57 } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('Tinos', path.join(fonts, 'Tinos-Regular.ttf'));
  doc.font('Tinos').fontSize(14).text(text, { align: 'justify', lineGap: 2 });
  doc.end();
  return done;
}

/**
 * Minutes of a large audit (150 checklist items, 20 findings): how long the PDF takes, and how long
 * it can hold up another request.
 */
const bench: BenchCase = {
  name: 'Minutes: CCHC and ISO PDF for 150 items with 20 findings (minutes.draft and minutes.issue)',
  async run() {
    const backend = await startTestBackend();
    const cchc = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 150, findings: 20 });
    const iso = insertMinutesAudit(backend.store, { kind: 'ISO', items: 150, findings: 20 });
    // The first call loads the fonts; it is measured separately.
    let start = performance.now();
    await backend.call('minutes.draft', { auditId: cchc.auditId });
    const coldMs = performance.now() - start;

    // Wall time, and this process's CPU time: the CPU figure holds steady when other work shares the machine.
    const timings: Record<'CCHC' | 'ISO', number[]> = { CCHC: [], ISO: [] };
    const cpu: Record<'CCHC' | 'ISO', number[]> = { CCHC: [], ISO: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const [kind, auditId] of [['CCHC', cchc.auditId], ['ISO', iso.auditId]] as const) {
        start = performance.now();
        const cpuStart = process.cpuUsage();
        await backend.call('minutes.draft', { auditId });
        const used = process.cpuUsage(cpuStart);
        timings[kind].push(performance.now() - start);
        cpu[kind].push((used.user + used.system) / 1000);
      }
    }

    // pdfmake lays out in one synchronous stretch: a request arriving then waits until it ends.
    // A 1 ms ticker measures the longest stretch without a turn of the event loop.
    const stalls: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let last = performance.now();
      let longest = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 1);
      await backend.call('minutes.draft', { auditId: cchc.auditId });
      await new Promise((resolve) => setTimeout(resolve, 3));
      clearInterval(ticker);
      stalls.push(longest);
    }

    // The issue's rows: the CCHC draft beside pdfkit writing its text; and 1,000 items beside 100.
    const cchcText = pdfText(Buffer.from((await backend.call('minutes.draft', { auditId: cchc.auditId })).pdfBase64, 'base64'));
    await rawPdfkit(cchcText);
    const appDraft = await sampleMs(RUNS, () => backend.call('minutes.draft', { auditId: cchc.auditId }));
    const pdfkitDraft = await sampleMs(RUNS, () => rawPdfkit(cchcText));
    const hundred = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 100, findings: 20 });
    const thousand = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 1000, findings: 20 });
    const hundredDraft = await sampleMs(5, () => backend.call('minutes.draft', { auditId: hundred.auditId }));
    const thousandDraft = await sampleMs(5, () => backend.call('minutes.draft', { auditId: thousand.auditId }));

    start = performance.now();
    const issued = await backend.call('minutes.issue', { auditId: iso.auditId });
    const issueMs = performance.now() - start;
    const pages = Number(/\/Count (\d+)/.exec(Buffer.from((await backend.call('minutes.open', { minutesId: issued.id })).pdfBase64, 'base64').toString('latin1'))?.[1]);
    backend.close();

    const c = summarise(timings.CCHC);
    const s = summarise(timings.ISO);
    const w = summarise(stalls);
    return {
      'ISSUE ROW minutes PDF, CCHC, 150 items + 20 findings (reference: raw pdfkit writing the same text with the same font)': sideBySide(appDraft, pdfkitDraft),
      'ISSUE ROW minutes PDF, 1000 items (reference: 100 items)': sideBySide(thousandDraft, hundredDraft),
      'first call (loads fonts) ms': Math.round(coldMs),
      'CCHC draft median ms': c.medianMs,
      'CCHC draft CPU median ms': summarise(cpu.CCHC).medianMs,
      'CCHC draft p95 ms': c.p95Ms,
      'ISO draft median ms': s.medianMs,
      'ISO draft CPU median ms': summarise(cpu.ISO).medianMs,
      'ISO draft p95 ms': s.p95Ms,
      'ISO issue (number, render, signature fields, file, lock) ms': Math.round(issueMs),
      'ISO issued pages': pages,
      'CCHC draft: longest stretch other requests wait, median ms': w.medianMs,
      'CCHC draft: longest stretch other requests wait, max ms': w.maxMs,
    };
  },
};
export default bench;

import { performance } from 'node:perf_hooks';
import { insertMinutesAudit } from '../../support/fixtures/minutesAudit';
import { startTestBackend } from '../../support/tempBackend';
import { summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';

const RUNS = 12;

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

    start = performance.now();
    const issued = await backend.call('minutes.issue', { auditId: iso.auditId });
    const issueMs = performance.now() - start;
    const pages = Number(/\/Count (\d+)/.exec(Buffer.from((await backend.call('minutes.open', { minutesId: issued.id })).pdfBase64, 'base64').toString('latin1'))?.[1]);
    backend.close();

    const c = summarise(timings.CCHC);
    const s = summarise(timings.ISO);
    const w = summarise(stalls);
    return {
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

import { performance } from 'node:perf_hooks';
import { startWebHost } from '../../../electron/backend/web/webHost';
import { API_TOKEN_HEADER } from '../../../electron/backend/web/webHost';
import { sourceLayout } from '../../../electron/backend/paths';
import { startTestBackend } from '../../support/tempBackend';
import { longChecklist, startSampleAudit } from '../../support/fixtures/auditsFixture';
import { summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';

const SAVES = 600;
const LOADS = 30;

/**
 * What an auditor feels: one answer saved and acknowledged after its commit (synchronous=FULL),
 * over HTTP as the browser sends it and through the dispatcher as Electron's IPC does; and the
 * time to open a 300-item audit (header, checklist with answers, findings, evidence, summary).
 */
const bench: BenchCase = {
  name: 'Audits: one answer save round trip, and loading a 300-item audit',
  async run() {
    const backend = await startTestBackend();
    const { auditId } = await startSampleAudit(backend, { sections: longChecklist(300) });
    const host = await startWebHost({ backend, rendererDist: sourceLayout.rendererDist });
    const items = (await backend.call('audits.checklist', { auditId })).sections.flatMap((s) => s.items);
    const conformityItems = items.filter((item) => item.answerType === 'conformity');
    const results = ['phu_hop', 'kph_nhe', 'diem_luu_y'] as const;

    const overHttp: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const item = conformityItems[i % conformityItems.length]!;
      const body = JSON.stringify({ auditId, itemId: item.id, conformity: results[i % results.length], note: `Ghi chú ${i}` });
      let start = performance.now();
      const response = await fetch(`${host.url}api/audits.saveResponse`, { method: 'POST', headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: host.token }, body });
      if (!((await response.json()) as { ok: boolean }).ok) throw new Error('save refused');
      overHttp.push(performance.now() - start);
      start = performance.now();
      await backend.call('audits.saveResponse', { auditId, itemId: item.id, note: `Ghi chú trực tiếp ${i}` });
      direct.push(performance.now() - start);
    }

    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const start = performance.now();
      await Promise.all(
        [
          ['audits.get', { id: auditId }],
          ['audits.checklist', { auditId }],
          ['findings.list', { auditId }],
          ['evidence.list', { auditId }],
          ['audits.report', { auditId }],
        ].map(async ([method, input]) => {
          const response = await fetch(`${host.url}api/${method as string}`, { method: 'POST', headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: host.token }, body: JSON.stringify(input) });
          return response.json();
        }),
      );
      loads.push(performance.now() - start);
    }
    await host.close();
    backend.close();
    const http = summarise(overHttp);
    const dispatcher = summarise(direct);
    const load = summarise(loads);
    return {
      'saveResponse over HTTP median ms': http.medianMs,
      'saveResponse over HTTP p95 ms': http.p95Ms,
      'saveResponse via dispatcher median ms': dispatcher.medianMs,
      'saveResponse via dispatcher p95 ms': dispatcher.p95Ms,
      'open a 300-item audit (5 calls over HTTP) median ms': load.medianMs,
      'open a 300-item audit p95 ms': load.p95Ms,
    };
  },
};
export default bench;

import { insertReportingDecade } from '../seeds/reportingDecade';
import { startTestBackend } from '../../support/tempBackend';
import { timed } from '../benchCase';
import type { BenchCase } from '../benchCase';

const bench: BenchCase = {
  name: 'Home: "Việc cần làm" over 10 years (20 units, ~300 audits, ~5 000 findings)',
  async run() {
    const backend = await startTestBackend({ now: () => new Date('2026-11-20T03:00:00Z') });
    const insertMs = insertReportingDecade(backend.store);
    const count = (table: string) => (backend.store.sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
    await backend.call('home.attention', { year: 2026 });
    const home = await timed(20, () => backend.call('home.attention', { year: 2026 }));
    const reference = await timed(20, () => backend.call('units.list', {}));
    const sizes = { audits: count('audits'), findings: count('findings'), 'corrective actions': count('corrective_actions') };
    backend.close();
    return {
      ...sizes,
      'insert ms': insertMs,
      'home.attention median ms (budget 50)': home.medianMs,
      'home.attention p95 ms': home.p95Ms,
      'reference: units.list median ms': reference.medianMs,
      'home.attention / units.list ratio': Math.round((home.medianMs / Math.max(reference.medianMs, 0.01)) * 10) / 10,
    };
  },
};
export default bench;

import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { units } from '../../../db/schema';
import type { Store } from '../../../db/store';
import { insertReportingYear } from '../../support/fixtures/reportingYear';
import { startTestBackend } from '../../support/tempBackend';
import { timed } from '../benchCase';
import type { BenchCase } from '../benchCase';

const FIRST_YEAR = 2017;
const YEARS = 10;
const UNITS = 20;

/** Twenty units, then ten years of programmes, audits, findings, actions and minutes from the reporting-year fixture. */
function insertTenYears(store: Store): number {
  const start = performance.now();
  store.sqlite
    .transaction(() => {
      const existing = store.db.select({ id: units.id }).from(units).all().length;
      for (let i = existing; i < UNITS; i++) {
        store.db.insert(units).values({ id: randomUUID(), code: `DV${i + 1}`, name: `Đơn vị số ${i + 1}`, category: 'co_quan_chuyen_mon', inCchcScope: true, sortOrder: 1000 + i }).run();
      }
      let minutes = 1;
      for (let y = 0; y < YEARS; y++) {
        const year = FIRST_YEAR + y;
        minutes += insertReportingYear(store, { year, today: '2026-11-20', seed: year, maxFindings: 40, firstMinutesNumber: minutes });
      }
    })
    .immediate();
  return Math.round(performance.now() - start);
}

const bench: BenchCase = {
  name: 'Home: "Việc cần làm" over 10 years (20 units, ~300 audits, ~5 000 findings)',
  async run() {
    const backend = await startTestBackend({ now: () => new Date('2026-11-20T03:00:00Z') });
    const insertMs = insertTenYears(backend.store);
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

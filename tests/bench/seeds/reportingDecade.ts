import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { units } from '../../../db/schema';
import type { Store } from '../../../db/store';
import { insertReportingYear } from '../../support/fixtures/reportingYear';

const FIRST_YEAR = 2017;
const YEARS = 10;
const UNITS = 20;

/** Twenty units, then ten years (2017–2026) of programmes, audits, findings, actions and minutes from the reporting-year fixture. */
export function insertReportingDecade(store: Store): number {
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

import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionUrgencyGroup, correctiveActions } from '../../db/schema';
import { actionStatuses, boardStatusFilters } from '../../electron/shared/contract/vocabulary';
import { addDays } from '../../electron/shared/dates';
import { insertAuditWithFindings } from '../support/fixtures/actionsAudit';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

/**
 * The board counts the whole store off its indexes and chooses a page off the urgency index; over a
 * unit it makes one pass over the unit's actions instead. With every action in one unit, both must
 * give the same board, and both the order of one plain query over every row.
 */
const TODAY = '2026-06-15';
let backend: TestBackend;
let unitId: string;
let findingIds: string[];

beforeAll(async () => {
  backend = await startTestBackend({ now: () => new Date(`${TODAY}T03:00:00Z`) });
  const audit = insertAuditWithFindings(backend.store, {
    kind: 'ISO',
    unitCode: 'VP',
    startDate: '2026-01-10',
    endDate: '2026-01-11',
    findings: Array.from({ length: 8 }, (_, index) => ({ description: `Phát hiện ${index + 1}` })),
  });
  unitId = audit.unitId;
  findingIds = audit.findingIds;
});
afterAll(() => backend?.close());

const generatedAction = fc.record({
  status: fc.constantFrom(...actionStatuses),
  // A few due dates on each side of today and of the due-soon window, so ties and every due state occur.
  dueOffset: fc.integer({ min: -20, max: 20 }),
  // Opened up to 150 days ago: every aging bucket, and the 30/60/90-day edges in Hà Nội time.
  openedDaysAgo: fc.integer({ min: 0, max: 150 }),
  openedHour: fc.constantFrom(0, 16, 17, 23),
  finding: fc.nat({ max: 7 }),
});

type GeneratedAction = typeof generatedAction extends fc.Arbitrary<infer Action> ? Action : never;

function replaceActions(actions: GeneratedAction[]): void {
  backend.store.sqlite.transaction(() => {
    backend.store.sqlite.prepare('delete from corrective_actions').run();
    for (const action of actions) {
      const createdAt = `${addDays(TODAY, -action.openedDaysAgo)}T${String(action.openedHour).padStart(2, '0')}:00:00.000Z`;
      backend.store.db
        .insert(correctiveActions)
        .values({
          id: randomUUID(),
          findingId: findingIds[action.finding]!,
          ownerUnitId: unitId,
          actionPlan: 'Khắc phục',
          status: action.status,
          dueDate: addDays(TODAY, action.dueOffset),
          createdAt,
          closedAt: action.status === 'da_xac_minh_hieu_qua' ? createdAt : null,
        })
        .run();
    }
  })();
}

describe('the board read off its indexes', () => {
  it('counts and pages the whole store as one pass over the same actions does, in the order of one plain query', async () => {
    const dueSoonDays = (await backend.call('settings.get', {})).dueSoonDays;
    const dueSoonUntil = addDays(TODAY, dueSoonDays);
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedAction, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...boardStatusFilters),
        fc.integer({ min: 1, max: 45 }),
        async (actions, status, limit) => {
          replaceActions(actions);
          const wholeStore = await backend.call('actions.board', { status, limit });
          const overUnit = await backend.call('actions.board', { status, limit, unitId });
          expect(wholeStore).toEqual(overUnit);

          const everyRow = await backend.call('actions.board', { status });
          expect(wholeStore.rows).toEqual(everyRow.rows.slice(0, limit));
          expect(wholeStore.matching).toBe(everyRow.rows.length);
          const statusCondition =
            status === 'all' ? '1' : status === 'open' ? `ca.status <> 'da_xac_minh_hieu_qua'` : status === 'closed' ? `ca.status = 'da_xac_minh_hieu_qua'` : `ca.status = '${status}'`;
          const reference = backend.store.sqlite
            .prepare(
              `select ca.id from corrective_actions ca join findings f on f.id = ca.finding_id join audits a on a.id = f.audit_id where ${statusCondition}
                order by case when ca.status = 'da_xac_minh_hieu_qua' then 4 when ca.status = 'cho_xac_minh' then 3
                  when ca.due_date < ? then 0 when ca.due_date <= ? then 1 else 2 end, ca.due_date, a.start_date, f.number, ca.created_at, ca.id`,
            )
            .pluck()
            .all(TODAY, dueSoonUntil);
          expect(everyRow.rows.map((row) => row.id)).toEqual(reference);
          expect(wholeStore.summary.total).toBe(actions.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('orders the page by the urgency index itself, so no sort runs however many actions there are', () => {
    const urgencyGroup = actionUrgencyGroup(correctiveActions.status);
    const query = backend.store.db
      .select({ group: urgencyGroup, due: correctiveActions.dueDate })
      .from(correctiveActions)
      .orderBy(asc(urgencyGroup), asc(correctiveActions.dueDate))
      .limit(1)
      .offset(499);
    const { sql: text, params } = new SQLiteSyncDialect().sqlToQuery(query.getSQL());
    const plan = backend.store.sqlite
      .prepare(`explain query plan ${text}`)
      .all(...params)
      .map((step) => (step as { detail: string }).detail);
    expect(plan).toEqual(['SCAN corrective_actions USING COVERING INDEX corrective_actions_urgency_idx']);
  });
});

import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { audits, findings, plannedInspections, programmes } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { BoardSummary } from '../../../shared/contract/actions';
import type { ChartSpec } from '../../../shared/contract/charts';
import { findingClasses } from '../../../shared/contract/vocabulary';
import type { FindingClass } from '../../../shared/contract/vocabulary';
import { actionStatusNames } from '../../../shared/rules/actionStates';
import { chartWords } from '../../charts/chartWords';
import { auditStartedIn } from '../actions/auditYear';

const month = (column: typeof audits.endDate | typeof plannedInspections.date) => sql<number>`cast(substr(${column}, 6, 2) as integer)`;

/** Planned entries of the year's programme by month, against audits closed in the year by the month they ended. */
function inspectionsByMonth(db: AppDatabase, year: number): ChartSpec {
  const planned = db
    .select({ month: month(plannedInspections.date), n: sql<number>`count(*)` })
    .from(plannedInspections)
    .innerJoin(programmes, eq(programmes.id, plannedInspections.programmeId))
    .where(eq(programmes.year, year))
    .groupBy(month(plannedInspections.date))
    .all();
  const done = db
    .select({ month: month(audits.endDate), n: sql<number>`count(*)` })
    .from(audits)
    .where(and(inArray(audits.status, ['closed', 'locked']), gte(audits.endDate, `${year}-01-01`), lt(audits.endDate, `${year + 1}-01-01`)))
    .groupBy(month(audits.endDate))
    .all();
  const count = (rows: { month: number; n: number }[], m: number) => rows.find((row) => row.month === m)?.n ?? 0;
  return { kind: 'inspectionsByMonth', months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, planned: count(planned, i + 1), done: count(done, i + 1) })) };
}

function findingsByClass(db: AppDatabase, year: number): ChartSpec {
  const rows = db
    .select({ findingClass: findings.findingClass, n: sql<number>`count(*)` })
    .from(findings)
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .where(auditStartedIn(year))
    .groupBy(findings.findingClass)
    .all();
  const counts = Object.fromEntries(findingClasses.map((c) => [c, rows.find((row) => row.findingClass === c)?.n ?? 0])) as Record<FindingClass, number>;
  return { kind: 'findingsByClass', counts };
}

/** Open actions by status, then by how long they have been open: the board's own summary, so the counts agree. */
function actionsByStatus(summary: BoardSummary): ChartSpec {
  const statuses = (['moi', 'da_phan_tich', 'dang_thuc_hien', 'cho_xac_minh'] as const).map((status) => ({ label: actionStatusNames[status], count: summary.byStatus[status] }));
  const aging = (Object.keys(summary.aging) as (keyof BoardSummary['aging'])[]).map((bucket) => ({ label: chartWords.agingBucket[bucket], count: summary.aging[bucket] }));
  return { kind: 'actionsByStatus', open: [...statuses, ...aging] };
}

export function homeChartSpecs(db: AppDatabase, year: number, summary: BoardSummary): ChartSpec[] {
  return [inspectionsByMonth(db, year), findingsByClass(db, year), actionsByStatus(summary)];
}

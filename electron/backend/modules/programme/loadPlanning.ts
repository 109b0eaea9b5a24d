import { and, count, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { auditParticipants, audits, correctiveActions, findings, people, units } from '../../../../db/schema';
import { allRows } from '../../../../db/preparedQuery';
import type { AppDatabase } from '../../../../db/store';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import { ownerPendingStatuses } from '../../../shared/rules/actionStates';
import { localDateOf } from '../../../shared/dates';
import { selectHolidaysOfYear } from '../holidays/holidayViews';
import { readSettings } from '../organization/readSettings';
import type { AppSettings } from '../../../shared/contract/organization';
import type { PlanningInput, PlanningSettings, UnitRisk } from './planning/planningTypes';

/** The risk the generator weighs: open major nonconformities of the unit's audits, and its corrective actions past due on `today`. */
function unitRisks(db: AppDatabase, today: string): UnitRisk[] {
  const risks = new Map<string, UnitRisk>();
  const of = (unitId: string) => {
    let risk = risks.get(unitId);
    if (!risk) risks.set(unitId, (risk = { unitId, openMajorNonconformities: 0, overdueCorrectiveActions: 0 }));
    return risk;
  };
  const majors = db
    .select({ unitId: audits.unitId, n: count() })
    .from(findings)
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .where(and(eq(findings.findingClass, 'kph_nang'), eq(findings.status, 'open')))
    .groupBy(audits.unitId)
    .all();
  for (const row of majors) of(row.unitId).openMajorNonconformities = row.n;
  const overdue = db
    .select({ unitId: correctiveActions.ownerUnitId, n: count() })
    .from(correctiveActions)
    .where(and(inArray(correctiveActions.status, [...ownerPendingStatuses]), lt(correctiveActions.dueDate, today)))
    .groupBy(correctiveActions.ownerUnitId)
    .all();
  for (const row of overdue) of(row.unitId).overdueCorrectiveActions = row.n;
  return [...risks.values()];
}

/** The generator's input with the whole settings, whose document wording the stored programme also uses. */
export type StoredPlanningInput = PlanningInput & { settings: AppSettings };

const planningSettingKeys = [
  'cchcCoveragePercent',
  'isoSharePercent',
  'isoRotationYears',
  'schedulingMonths',
  'inspectionTeamSize',
  'isoTeamRequiresTrainedAuditors',
  'isoRiskPullForwardYears',
  'isoFirstEvaluationWithinYears',
] as const satisfies readonly (keyof PlanningSettings)[];

/** The settings the generator reads, as kept with a generated programme. */
export function planningSettingsOf(settings: AppSettings): PlanningSettings {
  return Object.fromEntries(planningSettingKeys.map((key) => [key, settings[key]])) as PlanningSettings;
}

/** Everything the generator and the rule checker read, straight from the store. */
export function loadPlanningInput(db: AppDatabase, year: number, today: string): StoredPlanningInput {
  const yearStart = `${year}-01-01`;
  const leader = sql`(select ${auditParticipants.personId} from ${auditParticipants}
    where ${and(eq(auditParticipants.auditId, audits.id), eq(auditParticipants.side, 'team'), eq(auditParticipants.role, 'truong_doan'))}
    order by ${auditParticipants}.rowid desc limit 1)`;
  // The past audits the history summary reads (`summariseHistory`: each unit's last year of each kind, and who
  // led its audits of the year before), not ten years of them: each unit's latest audit of each kind, and every
  // audit of the year before with its leader (its last-entered Trưởng đoàn), as positional rows of one statement.
  // The first part reads nearly every audit: the unary + keeps SQLite on the table, off the date and unit indexes.
  const history = allRows<[string, AuditKind, string, string | null]>(
    db,
    sql`select ${audits.unitId}, ${audits.kind}, max(${audits.startDate}), null from ${audits} where +${audits.startDate} < ${yearStart}
        group by +${audits.unitId}, +${audits.kind}
      union all
      select ${audits.unitId}, ${audits.kind}, ${audits.startDate}, ${leader} from ${audits}
        where ${and(gte(audits.startDate, `${year - 1}-01-01`), lt(audits.startDate, yearStart))}`,
  );
  return {
    year,
    // Positional rows, the flags read as SQLite stores them (1 or 0): no row mapping by the query builder.
    units: allRows<[string, string, string, number, number, number, number, string]>(
      db,
      sql`select ${units.id}, ${units.code}, ${units.name}, ${units.sortOrder}, ${units.active}, ${units.inCchcScope}, ${units.isoApplying}, ${units.createdAt} from ${units}`,
    ).map(([id, code, name, sortOrder, active, inCchcScope, isoApplying, createdAt]) => ({
      id,
      code,
      name,
      sortOrder,
      active: active === 1,
      inCchcScope: inCchcScope === 1,
      isoApplying: isoApplying === 1,
      // A unit in the registry now was there in the planned year, even when it was entered later.
      registeredYear: Math.min(year, Number(localDateOf(new Date(createdAt)).slice(0, 4))),
    })),
    people: db
      .select({
        id: people.id,
        fullName: people.fullName,
        unitId: people.unitId,
        active: people.active,
        mayLead: people.mayLead,
        auditorTrained: people.auditorTrained,
        // SQLite's rowid grows with each insert: the order the staff records were created in.
        createdOrder: sql<number>`${people}.rowid`,
      })
      .from(people)
      .all(),
    history: {
      audits: history.map(([unitId, kind, date, leaderPersonId]) => ({ unitId, kind, date, leaderPersonId })),
      risks: unitRisks(db, today),
    },
    holidays: selectHolidaysOfYear(db, year).map(({ date, name }) => ({ date, name })),
    settings: readSettings(db),
  };
}

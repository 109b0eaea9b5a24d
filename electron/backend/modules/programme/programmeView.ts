import { units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { PlannedInspectionView, ProgrammeView, WorkloadRow } from '../../../shared/contract/programme';
import { byPersonName } from '../../../shared/personNames';
import { readOrganization } from '../organization/readOrganization';
import { documentCode } from '../../documents';
import { loadPlanningInput } from './loadPlanning';
import type { StoredPlanningInput } from './loadPlanning';
import { checkProgramme } from './planning/checkProgramme';
import type { ProgrammeCheck } from './planning/checkProgramme';
import { summariseHistory } from './planning/unitHistory';
import type { TeamAssignment } from './planning/planningTypes';
import type { EntryRow, ProgrammeRow } from './programmeRows';
import { auditsOfEntries, entriesOf, teamsOf, teamsOfWritten } from './programmeRows';

function workloadOf(entries: PlannedInspectionView[]): WorkloadRow[] {
  const rows = new Map<string, WorkloadRow>();
  for (const member of entries.flatMap((entry) => entry.team)) {
    const row = rows.get(member.personId) ?? { personId: member.personId, fullName: member.fullName, unitName: member.unitName, total: 0, asLeader: 0 };
    row.total += 1;
    if (member.role === 'truong_doan') row.asLeader += 1;
    rows.set(member.personId, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || byPersonName(a, b));
}

/** The entries as the store holds them, when the caller has just written them (no audit has started from those). */
export interface WrittenEntries {
  rows: EntryRow[];
  /** Each written entry's team, by entry id. */
  teams: Map<string, TeamAssignment[]>;
}

/** The entries with their teams and units, in date order. */
export function entryViews(db: AppDatabase, programme: ProgrammeRow, written?: WrittenEntries): PlannedInspectionView[] {
  const rows = written?.rows ?? entriesOf(db, programme.id);
  const ids = rows.map((row) => row.id);
  const teams = written ? teamsOfWritten(db, written.teams) : teamsOf(db, ids);
  const started = written ? new Map<string, { id: string; done: boolean }>() : auditsOfEntries(db, ids);
  const unitNames = new Map(db.select({ id: units.id, name: units.name }).from(units).all().map((u) => [u.id, u.name]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    unitId: row.unitId,
    unitName: unitNames.get(row.unitId) ?? '',
    date: row.date,
    content: row.content,
    team: teams.get(row.id) ?? [],
    selection: row.selection ?? null,
    auditStarted: started.has(row.id),
    audit: started.get(row.id) ?? null,
  }));
}

/** The programme as the editor shows it: entries, coverage, every rule it breaks, and the workload. */
export function buildProgrammeView(
  db: AppDatabase,
  programme: ProgrammeRow,
  today: string,
  planning: StoredPlanningInput = loadPlanningInput(db, programme.year, today),
  written?: WrittenEntries & { check?: ProgrammeCheck },
): ProgrammeView {
  const entries = entryViews(db, programme, written);
  const check =
    written?.check ??
    checkProgramme(
      entries.map((entry) => ({ id: entry.id, kind: entry.kind, unitId: entry.unitId, date: entry.date, team: entry.team })),
      { ...planning, histories: summariseHistory(planning.history, programme.year) },
    );
  const hardCount = check.violations.filter((v) => v.severity === 'hard').length;
  return {
    id: programme.id,
    year: programme.year,
    title: programme.title,
    status: programme.status,
    documentNumber: programme.documentNumber,
    documentCode: documentCode(programme.documentNumber || null, 'KH', readOrganization(db).bodyShortCode),
    approvedAt: programme.approvedAt,
    approvedBy: programme.approvedBy,
    createdAt: programme.createdAt,
    entries,
    coverage: check.coverage,
    violations: check.violations,
    canApprove: programme.status === 'draft' && entries.length > 0 && hardCount === 0,
    workload: workloadOf(entries),
    schedulingMonths: [...planning.settings.schedulingMonths].sort((a, b) => a - b),
    today,
  };
}

import type { LocalizedText } from '../../../../shared/i18n/catalog';
import type { AppSettings } from '../../../../shared/contract/organization';
import type { ProgrammeCoverage, ProgrammeViolation, SelectionNote } from '../../../../shared/contract/programme';
import type { AuditKind, TeamRole } from '../../../../shared/contract/vocabulary';

/** What the generator and the rule checker know of a unit. */
export interface PlanningUnit {
  id: string;
  /** The registry code, unique: the stable last word when units tie. */
  code: string;
  name: string;
  sortOrder: number;
  active: boolean;
  inCchcScope: boolean;
  isoApplying: boolean;
  /** The year the unit entered the registry, where the wait for a first ISO evaluation starts. */
  registeredYear: number;
}

export interface PlanningPerson {
  id: string;
  fullName: string;
  unitId: string | null;
  active: boolean;
  mayLead: boolean;
  auditorTrained: boolean;
  /** The order in which the records were created: the last word when two people share a name. */
  createdOrder: number;
}

/** A past inspection or evaluation, as the audits tables hold it. */
export interface PastAudit {
  unitId: string;
  kind: AuditKind;
  /** The day it started, yyyy-MM-dd. */
  date: string;
  leaderPersonId: string | null;
}

export interface UnitRisk {
  unitId: string;
  openMajorNonconformities: number;
  overdueCorrectiveActions: number;
}

export interface PlanningHistory {
  audits: PastAudit[];
  risks: UnitRisk[];
}

export interface PlanningHoliday {
  date: string;
  name: string;
}

export type PlanningSettings = Pick<
  AppSettings,
  | 'cchcCoveragePercent'
  | 'isoSharePercent'
  | 'isoRotationYears'
  | 'schedulingMonths'
  | 'inspectionTeamSize'
  | 'isoTeamRequiresTrainedAuditors'
  | 'isoRiskPullForwardYears'
  | 'isoFirstEvaluationWithinYears'
>;

export interface PlanningInput {
  year: number;
  units: PlanningUnit[];
  people: PlanningPerson[];
  history: PlanningHistory;
  holidays: PlanningHoliday[];
  settings: PlanningSettings;
}

export interface TeamAssignment {
  personId: string;
  role: TeamRole;
}

export interface GeneratedEntry {
  kind: AuditKind;
  unitId: string;
  date: string;
  /** In the order the programme lists a team (`teamOrder`): the Trưởng đoàn first. */
  team: TeamAssignment[];
  selection: SelectionNote;
}

/**
 * Either the whole programme, or why none can be made: never a partial programme. The rule check's
 * warnings and coverage come with it; a warning names entries by their index in `entries`.
 */
export type GeneratorResult =
  | { ok: true; entries: GeneratedEntry[]; warnings: ProgrammeViolation[]; coverage: ProgrammeCoverage }
  | { ok: false; reasons: LocalizedText[] };

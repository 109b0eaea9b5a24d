import { violationSeverity } from '../../../../shared/contract/programme';
import { localize } from '../../../../shared/i18n/catalog';
import type { CoverageFigure, ProgrammeCoverage, ProgrammeViolation, ViolationCode } from '../../../../shared/contract/programme';
import type { AuditKind } from '../../../../shared/contract/vocabulary';
import { formatCalendarDate } from '../../../../shared/dates';
import type { PlanningHoliday, PlanningPerson, PlanningSettings, PlanningUnit, TeamAssignment } from './planningTypes';
import { requiredCount } from './requiredCount';
import { isoDeadlines } from './isoObligations';
import type { IsoDeadlines } from './isoObligations';
import { historyOf } from './unitHistory';
import type { UnitHistory } from './unitHistory';
import { compareUnits } from './unitOrder';
import { isWeekend } from './workingDays';

export interface CheckedEntry {
  id: string;
  kind: AuditKind;
  unitId: string;
  date: string;
  team: TeamAssignment[];
}

export interface RuleContext {
  year: number;
  units: PlanningUnit[];
  people: PlanningPerson[];
  histories: ReadonlyMap<string, UnitHistory>;
  holidays: PlanningHoliday[];
  settings: PlanningSettings;
}

export interface ProgrammeCheck {
  violations: ProgrammeViolation[];
  coverage: ProgrammeCoverage;
}

const violation = (code: ViolationCode, params: Record<string, string | number>, entryIds: string[] = []): ProgrammeViolation => ({
  code,
  severity: violationSeverity[code],
  params,
  message: localize({ key: `programme.violation.${code}`, params }),
  entryIds,
});

function coverageOf(entries: CheckedEntry[], kind: AuditKind, scope: PlanningUnit[], percent: number): CoverageFigure {
  const planned = new Set(entries.filter((e) => e.kind === kind).map((e) => e.unitId));
  const covered = scope.filter((u) => planned.has(u.id));
  return {
    planned: covered.length,
    total: scope.length,
    required: requiredCount(percent, scope.length),
    percent,
    missingUnitIds: scope.filter((u) => !planned.has(u.id)).map((u) => u.id),
  };
}

const coverageParams = (figure: CoverageFigure) => ({
  planned: figure.planned,
  total: figure.total,
  required: figure.required,
  percent: String(figure.percent).replace('.', ','),
});

/** The rules of one entry on its own: its day, its unit and its team. */
function entryViolations(entry: CheckedEntry, context: RuleContext, units: Map<string, PlanningUnit>, people: Map<string, PlanningPerson>): ProgrammeViolation[] {
  const { year, settings } = context;
  const unit = units.get(entry.unitId);
  const found: ProgrammeViolation[] = [];
  const add = (code: ViolationCode, params: Record<string, string | number> = {}) =>
    found.push(violation(code, { unit: unit?.name ?? '', kind: entry.kind, date: formatCalendarDate(entry.date), ...params }, [entry.id]));
  const holiday = context.holidays.find((h) => h.date === entry.date);

  if (!entry.date.startsWith(`${year}-`)) add('outsideYear', { year });
  else if (isWeekend(entry.date)) add('weekend');
  else if (holiday) add('holiday', { holiday: holiday.name });
  else if (!settings.schedulingMonths.includes(Number(entry.date.slice(5, 7)))) add('outsideSchedulingMonths');

  if (!unit?.active) add('unitInactive');
  else if (entry.kind === 'ISO' && !unit.isoApplying) add('unitNotIsoApplying');
  else if (entry.kind === 'CCHC' && !unit.inCchcScope) add('unitOutOfCchcScope');

  const lastYearLeaders = historyOf(context.histories, entry.unitId).leadersLastYear;
  for (const member of entry.team) {
    const person = people.get(member.personId);
    const params = { person: person?.fullName ?? '' };
    if (!person?.active) add('personInactive', params);
    if (person && person.unitId === entry.unitId) add('ownUnit', params);
    if (member.role === 'truong_doan' && person && !person.mayLead) add('leaderMayNotLead', params);
    if (member.role === 'truong_doan' && lastYearLeaders.has(member.personId)) add('leaderRepeat', { ...params, lastYear: year - 1 });
    if (entry.kind === 'ISO' && settings.isoTeamRequiresTrainedAuditors && person && !person.auditorTrained) add('untrainedIsoAuditor', params);
  }
  if (entry.team.length < settings.inspectionTeamSize) add('teamSmall', { count: entry.team.length, size: settings.inspectionTeamSize });
  return found;
}

/** Rules across entries: one team a day per person, and one entry per unit and kind. */
function crossEntryViolations(entries: CheckedEntry[], units: Map<string, PlanningUnit>, people: Map<string, PlanningPerson>): ProgrammeViolation[] {
  const found: ProgrammeViolation[] = [];
  const bookings = new Map<string, string[]>();
  const visits = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, entryId: string) => {
    const ids = map.get(key);
    if (ids) ids.push(entryId);
    else map.set(key, [entryId]);
  };
  for (const entry of entries) {
    for (const member of entry.team) add(bookings, `${entry.date}|${member.personId}`, entry.id);
    add(visits, `${entry.kind}|${entry.unitId}`, entry.id);
  }
  for (const [key, ids] of bookings) {
    if (ids.length < 2) continue;
    const [date = '', personId = ''] = key.split('|');
    found.push(violation('doubleBooked', { person: people.get(personId)?.fullName ?? '', count: ids.length, date: formatCalendarDate(date) }, ids));
  }
  for (const [key, ids] of visits) {
    if (ids.length < 2) continue;
    const [kind = '', unitId = ''] = key.split('|');
    found.push(violation('duplicateUnit', { unit: units.get(unitId)?.name ?? '', kind, count: ids.length }, ids));
  }
  return found;
}

const plannedUnits = (entries: CheckedEntry[], kind: AuditKind) => new Set(entries.filter((e) => e.kind === kind).map((e) => e.unitId));

/** Rotation ends and first evaluations: a hard rule once due, a warning each year a new unit waits. */
function isoDeadlineViolations(entries: CheckedEntry[], deadlines: IsoDeadlines, context: RuleContext): ProgrammeViolation[] {
  const { year, settings } = context;
  const planned = plannedUnits(entries, 'ISO');
  const found: ProgrammeViolation[] = [];
  for (const { unit, obligation } of deadlines.obligations.filter((o) => !planned.has(o.unit.id))) {
    const lastYear = historyOf(context.histories, unit.id).lastYear.ISO ?? '';
    if (obligation === 'rotationDue') found.push(violation('isoRotationDue', { unit: unit.name, lastYear, years: settings.isoRotationYears, year }));
    if (obligation === 'neverEvaluated') found.push(violation('isoFirstEvaluationDue', { unit: unit.name, since: unit.registeredYear, year }));
  }
  for (const { unit, deadline } of deadlines.waiting.filter((w) => !planned.has(w.unit.id))) {
    found.push(violation('isoFirstEvaluationWaiting', { unit: unit.name, since: unit.registeredYear, deadline, year }));
  }
  return found;
}

/**
 * A unit with open major nonconformities is never left without a check: an ISO evaluation, or, for a
 * unit that does not apply ISO, its CCHC inspection; otherwise the rule list names it.
 */
function uncheckedMajorViolations(entries: CheckedEntry[], ordered: PlanningUnit[], context: RuleContext): ProgrammeViolation[] {
  const iso = plannedUnits(entries, 'ISO');
  const cchc = plannedUnits(entries, 'CCHC');
  return ordered
    .filter((unit) => unit.active && historyOf(context.histories, unit.id).openMajorNonconformities > 0)
    .filter((unit) => !iso.has(unit.id) && (unit.isoApplying || !cchc.has(unit.id)))
    .map((unit) => violation('openMajorUnchecked', { unit: unit.name, count: historyOf(context.histories, unit.id).openMajorNonconformities }));
}

/**
 * Every rule of the programme, as hard violations (which block approval) and warnings, and the
 * coverage of targets 1.2 (CCHC) and 7.2.3 (ISO) with the rotation rule. Pure: the generator checks
 * its own output with it and the editor shows it live.
 */
export function checkProgramme(entries: CheckedEntry[], context: RuleContext): ProgrammeCheck {
  const { year, settings } = context;
  const units = new Map(context.units.map((u) => [u.id, u]));
  const people = new Map(context.people.map((p) => [p.id, p]));
  const ordered = [...context.units].sort(compareUnits);
  const cchcScope = ordered.filter((u) => u.active && u.inCchcScope);
  const isoScope = ordered.filter((u) => u.active && u.isoApplying);
  const cchc = coverageOf(entries, 'CCHC', cchcScope, settings.cchcCoveragePercent);
  const iso = coverageOf(entries, 'ISO', isoScope, settings.isoSharePercent);
  const deadlines = isoDeadlines(ordered, context.histories, year, settings);
  const rotationDue = deadlines.obligations.filter((o) => o.obligation === 'rotationDue').map((o) => o.unit);

  const sortedEntries = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const violations = [
    ...sortedEntries.flatMap((entry) => entryViolations(entry, context, units, people)),
    ...crossEntryViolations(sortedEntries, units, people),
  ];
  if (cchc.planned < cchc.required) violations.push(violation('cchcCoverageShort', coverageParams(cchc)));
  if (iso.planned < iso.required) violations.push(violation('isoShareShort', coverageParams(iso)));
  violations.push(...isoDeadlineViolations(entries, deadlines, context), ...uncheckedMajorViolations(entries, ordered, context));
  violations.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'hard' ? -1 : 1));
  return {
    violations,
    coverage: { cchc, iso: { ...iso, rotationYears: settings.isoRotationYears, rotationDueUnitIds: rotationDue.map((u) => u.id) } },
  };
}

import { formatCalendarDate } from '../../../../shared/dates';
import { checkProgramme } from './checkProgramme';
import { impossibilityReasons } from './feasibility';
import { text } from '../../../api/errors';
import type { GeneratedEntry, GeneratorResult, PlanningInput } from './planningTypes';
import { Roster } from './roster';
import { selectCchcUnits, selectIsoUnits } from './selectUnits';
import { daysNearest, idealDayIndex, interleave } from './spreadDates';
import { teamOrderOfStaff } from './teamOrder';
import { historyOf, summariseHistory } from './unitHistory';
import { workingDaysOf } from './workingDays';

/**
 * The year's programme from the registry, the staff, the history, the holidays and the settings.
 * Pure and deterministic: no clock, no randomness, and every tie is broken by keys a ward sees (the
 * registry order and code, people's names, the order records were created in), never by random ids,
 * so the same registry and history give the same programme in any store. It returns either a programme that
 * breaks no hard rule, or the reasons none can be made; never a partial programme.
 */
export function generateProgramme(input: PlanningInput): GeneratorResult {
  const { year, units, people, settings } = input;
  const histories = summariseHistory(input.history, year);
  const workingDays = workingDaysOf(year, settings.schedulingMonths, new Set(input.holidays.map((h) => h.date)));
  const visits = interleave(selectCchcUnits(units, histories, year, settings), selectIsoUnits(units, histories, year, settings));

  const reasons = impossibilityReasons(
    visits.map((v) => ({ unit: v.unit, kind: v.note.kind })),
    people,
    workingDays.length,
    year,
    settings,
  );
  if (reasons.length > 0) return { ok: false, reasons };

  const roster = new Roster(people);
  // Each team as the programme lists it, so the store's view can show it, and this check, as they are.
  const listedOrder = teamOrderOfStaff(people);
  const entries: GeneratedEntry[] = [];
  visits.forEach((visit, index) => {
    const { unit, note } = visit;
    const history = historyOf(histories, unit.id);
    for (const dayIndex of daysNearest(idealDayIndex(index, visits.length, workingDays.length), workingDays.length)) {
      const day = workingDays[dayIndex]!;
      if (!roster.unitFree(day, unit.id)) continue;
      const team = roster.pickTeam(day, unit.id, note.kind, history, settings);
      if (!team) continue;
      roster.book(day, unit.id, team);
      entries.push({ kind: note.kind, unitId: unit.id, date: day, team: team.sort(listedOrder), selection: note });
      return;
    }
    reasons.push(
      text('planning.noDayFor', {
        visit: text(`planning.visit.${note.kind}`),
        unit: unit.name,
        from: formatCalendarDate(workingDays[0]!),
        to: formatCalendarDate(workingDays[workingDays.length - 1]!),
      }),
    );
  });
  if (reasons.length > 0) return { ok: false, reasons };

  const check = checkProgramme(
    entries.map((entry, index) => ({ ...entry, id: String(index) })),
    { year, units, people, histories, holidays: input.holidays, settings },
  );
  const hard = check.violations.filter((v) => v.severity === 'hard');
  // The steps above avoid every hard rule by construction; reaching this is a bug, not a user error.
  if (hard.length > 0) throw new Error(`Generated programme breaks hard rules: ${hard.map((v) => v.message).join(' ')}`);
  return { ok: true, entries, warnings: check.violations, coverage: check.coverage };
}

import type { AppDatabase } from '../../../../db/store';
import type { ActionRef, AreaResult, CchcReportFigures, IndicatorResult, KeyFigures, TracedFigure, UnitResult } from '../../../shared/contract/reports';
import { findingClasses } from '../../../shared/contract/vocabulary';
import type { FindingClass } from '../../../shared/contract/vocabulary';
import { daysBetween } from '../../../shared/rules/actionStates';
import { inWindow, previousWindow, reportingWindow, samePeriodLastYear } from '../../../shared/reporting/periods';
import type { ReportingPeriod, ReportingRules, ReportingWindow } from '../../../shared/reporting/periods';
import { reportWords } from './reportWording';
import { periodLabel } from './periodWords';
import { selectReportActions, selectCchcUnits, selectEndedAudits, selectFindingsOf, selectPlannedEntries, selectResponsesOf } from './reportRows';

export const traced = (kind: TracedFigure['trace']['kind'], ids: string[]): TracedFigure => ({ value: ids.length, trace: { kind, ids } });
const comparatorSigns: Record<string, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '=': '=' };
const emptyByClass = () => Object.fromEntries(findingClasses.map((c) => [c, 0])) as Record<FindingClass, number>;

/** Findings counted by class, each count with its findings. */
export const findingsByClassOf = (found: { id: string; findingClass: FindingClass }[]) =>
  Object.fromEntries(
    findingClasses.map((findingClass) => [
      findingClass,
      traced(
        'finding',
        found.filter((f) => f.findingClass === findingClass).map((f) => f.id),
      ),
    ]),
  ) as Record<FindingClass, TracedFigure>;

type CchcAction = ReturnType<typeof selectReportActions>[number];

/** An action as the report lists it, without the keys it was selected by. */
export const actionRef = ({ findingId: _finding, auditEndDate: _ended, verificationResult: _verified, ...action }: CchcAction): ActionRef => action;

/** Opened and closed in the window; overdue when still open at its end with the due date before it. */
function actionFigures(actions: CchcAction[], window: Pick<ReportingWindow, 'from' | 'to'>) {
  const opened = actions.filter((a) => inWindow(a.openedOn, window));
  const closed = actions.filter((a) => a.closedOn !== null && inWindow(a.closedOn, window));
  const overdue = actions.filter((a) => a.openedOn <= window.to && (a.closedOn === null || a.closedOn > window.to) && a.dueDate < window.to);
  const days = closed.map((a) => daysBetween(a.openedOn, a.closedOn!));
  const averageDaysToClose = days.length ? Math.round((days.reduce((sum, d) => sum + d, 0) / days.length) * 10) / 10 : null;
  return { opened, closed, overdue, averageDaysToClose };
}

function keyFigures(db: AppDatabase, actions: CchcAction[], window: Pick<ReportingWindow, 'from' | 'to'>): KeyFigures {
  const ended = selectEndedAudits(db, window);
  const { opened, closed } = actionFigures(actions, window);
  return {
    from: window.from,
    to: window.to,
    inspected: ended.length,
    findings: selectFindingsOf(
      db,
      ended.map((a) => a.id),
    ).length,
    actionsOpened: opened.length,
    actionsClosed: closed.length,
  };
}

function areaResults(responses: ReturnType<typeof selectResponsesOf>): AreaResult[] {
  const areas = new Map<string, AreaResult>();
  for (const response of responses) {
    const answered = response.conformity !== null || response.numericValue !== null;
    if (!answered) continue;
    const area = areas.get(response.area) ?? { area: response.area, answered: 0, conforming: 0, nonconforming: 0, notApplicable: 0 };
    area.answered += 1;
    if (response.conformity === 'phu_hop' || response.indicatorMet === true) area.conforming += 1;
    if (response.conformity === 'kph_nhe' || response.conformity === 'kph_nang' || response.indicatorMet === false) area.nonconforming += 1;
    if (response.conformity === 'khong_ap_dung') area.notApplicable += 1;
    areas.set(response.area, area);
  }
  return [...areas.values()];
}

function indicatorResults(responses: ReturnType<typeof selectResponsesOf>, unitOfAudit: Map<string, string>): IndicatorResult[] {
  const indicators = new Map<string, IndicatorResult>();
  for (const r of responses) {
    if (r.answerType !== 'numeric' || r.threshold === null || r.comparator === null || r.numericValue === null || r.indicatorMet === null) continue;
    const reference = r.reference || r.code;
    const target = `${comparatorSigns[r.comparator] ?? r.comparator} ${r.threshold.toLocaleString('vi')}${r.numericUnit === '%' ? '%' : r.numericUnit ? ` ${r.numericUnit}` : ''}`;
    const indicator = indicators.get(reference) ?? { reference, question: r.question, target, measured: 0, met: 0, notMet: 0, values: [] };
    indicator.measured += 1;
    if (r.indicatorMet) indicator.met += 1;
    else indicator.notMet += 1;
    indicator.values.push({ unitName: unitOfAudit.get(r.auditId) ?? '', value: r.numericValue, met: r.indicatorMet });
    indicators.set(reference, indicator);
  }
  return [...indicators.values()];
}

/**
 * Every figure of the CCHC report for one period, from the store's rows, with the rows behind each
 * count. The same object feeds the screen, the PDF and the Excel file, and is what issuing freezes.
 */
export function cchcReportFigures(db: AppDatabase, period: ReportingPeriod, rules: ReportingRules, targetPercent: number): CchcReportFigures {
  const window = reportingWindow(period, rules);
  const ended = selectEndedAudits(db, window);
  const auditIds = ended.map((a) => a.id);
  const found = selectFindingsOf(db, auditIds);
  const responses = selectResponsesOf(db, auditIds);
  const actions = selectReportActions(db);
  const allUnits = selectCchcUnits(db);
  const unitOfAudit = new Map(ended.map((a) => [a.id, a.unitName]));

  const inScope = allUnits.filter((u) => u.active && u.inCchcScope);
  const inspectedUnitIds = new Set(ended.map((a) => a.unitId));
  const inspectedInScope = inScope.filter((u) => inspectedUnitIds.has(u.id)).length;
  const coveragePercent = inScope.length ? Math.round((inspectedInScope * 1000) / inScope.length) / 10 : 0;

  const byUnit: UnitResult[] = allUnits
    .filter((u) => inspectedUnitIds.has(u.id) || (u.active && u.inCchcScope))
    .map((unit) => {
      const unitAudits = ended.filter((a) => a.unitId === unit.id);
      const unitAuditIds = new Set(unitAudits.map((a) => a.id));
      const unitFindings = found.filter((f) => unitAuditIds.has(f.auditId));
      const byClass = emptyByClass();
      unitFindings.forEach((f) => (byClass[f.findingClass] += 1));
      const indicators = responses.filter((r) => unitAuditIds.has(r.auditId) && r.indicatorMet !== null);
      return {
        unitId: unit.id,
        unitName: unit.name,
        audits: traced(
          'audit',
          unitAudits.map((a) => a.id),
        ),
        findings: traced(
          'finding',
          unitFindings.map((f) => f.id),
        ),
        byClass,
        indicatorsMet: indicators.filter((r) => r.indicatorMet).length,
        indicatorsNotMet: indicators.filter((r) => r.indicatorMet === false).length,
        note: !unit.active ? reportWords.unitInactive : !unit.inCchcScope ? reportWords.unitLeftScope : null,
      };
    });

  const findingsByClass = findingsByClassOf(found);

  const current = actionFigures(actions, window);
  const tracedActions = new Set([...current.opened, ...current.closed, ...current.overdue].map((a) => a.id));
  const planned = selectPlannedEntries(db, window);

  return {
    periodLabel: periodLabel(period),
    window,
    inspections: {
      planned: planned.length,
      plannedEntries: planned,
      done: traced('audit', auditIds),
      unitsInspected: inspectedUnitIds.size,
      inScope: inScope.length,
      coveragePercent,
      targetPercent,
      targetMet: coveragePercent >= targetPercent,
    },
    byUnit,
    byArea: areaResults(responses),
    indicators: indicatorResults(responses, unitOfAudit),
    findingsByClass,
    actions: {
      opened: traced(
        'action',
        current.opened.map((a) => a.id),
      ),
      closed: traced(
        'action',
        current.closed.map((a) => a.id),
      ),
      overdue: traced(
        'action',
        current.overdue.map((a) => a.id),
      ),
      averageDaysToClose: current.averageDaysToClose,
    },
    comparison: {
      current: keyFigures(db, actions, window),
      previous: keyFigures(db, actions, previousWindow(period, rules)),
      lastYear: keyFigures(db, actions, reportingWindow(samePeriodLastYear(period), rules)),
    },
    audits: ended.map(({ unitId: _unit, ...audit }) => audit),
    findings: found,
    actionRows: actions.filter((a) => tracedActions.has(a.id)).map(actionRef),
  };
}

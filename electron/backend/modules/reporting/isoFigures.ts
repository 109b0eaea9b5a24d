import type { AppDatabase } from '../../../../db/store';
import { isoClauses } from '../../../shared/contract/reports';
import type { IsoClause, IsoReportFigures, IsoUnitResult, TracedFigure } from '../../../shared/contract/reports';
import type { FindingClass } from '../../../shared/contract/vocabulary';
import { reportingWindow } from '../../../shared/reporting/periods';
import type { ReportingPeriod, ReportingRules } from '../../../shared/reporting/periods';
import { requiredCount } from '../programme/planning/requiredCount';
import { actionRef, findingsByClassOf, traced } from './cchcFigures';
import { periodLabel } from './periodWords';
import { reportWords } from './reportWording';
import { selectCchcUnits, selectEndedAudits, selectFindingsOf, selectPlannedEntries, selectReportActions } from './reportRows';

const nonconformityClasses: readonly FindingClass[] = ['kph_nang', 'kph_nhe'];

/** The main clause a reference names: "8.5.1" → "8", "10.2" → "10"; null when it names none from 4 to 10. */
export function clauseOf(reference: string | undefined): IsoClause | null {
  const main = /^\s*(?:điều\s*|đ\.?\s*)?(\d{1,2})(?:\.|\s|$)/i.exec(reference ?? '')?.[1];
  return isoClauses.find((clause) => clause === main) ?? null;
}

/**
 * Every figure of the ISO internal-audit report for one period, from the store's rows, with the rows
 * behind each count: units evaluated against the required share (a setting), nonconformities by
 * clause and unit, corrective-action effectiveness, and the actions carried over from earlier audits.
 * The same object feeds the screen, the PDF and the Excel file, and is what issuing freezes.
 */
export function isoReportFigures(db: AppDatabase, period: ReportingPeriod, rules: ReportingRules, targetPercent: number): IsoReportFigures {
  const window = reportingWindow(period, rules);
  const ended = selectEndedAudits(db, window, 'ISO');
  const auditIds = ended.map((a) => a.id);
  const found = selectFindingsOf(db, auditIds);
  const nonconformities = found.filter((f) => nonconformityClasses.includes(f.findingClass));
  const allUnits = selectCchcUnits(db);
  const isoUnits = allUnits.filter((u) => u.active && u.isoApplying);
  const evaluatedUnitIds = new Set(ended.map((a) => a.unitId));
  const unitsEvaluated = isoUnits.filter((u) => evaluatedUnitIds.has(u.id)).length;
  const required = requiredCount(targetPercent, isoUnits.length);
  const unitOfAudit = new Map(ended.map((a) => [a.id, a.unitId]));

  const byUnit: IsoUnitResult[] = allUnits
    .filter((u) => evaluatedUnitIds.has(u.id) || (u.active && u.isoApplying))
    .map((unit) => {
      const unitAudits = ended.filter((a) => a.unitId === unit.id);
      const unitFindings = found.filter((f) => unitOfAudit.get(f.auditId) === unit.id);
      const unitNonconformities = unitFindings.filter((f) => nonconformityClasses.includes(f.findingClass));
      const byClause = Object.fromEntries(isoClauses.map((clause) => [clause, unitNonconformities.filter((f) => clauseOf(f.reference) === clause).length])) as Record<IsoClause, number>;
      return {
        unitId: unit.id,
        unitName: unit.name,
        audits: traced(
          'audit',
          unitAudits.map((a) => a.id),
        ),
        nonconformities: traced(
          'finding',
          unitNonconformities.map((f) => f.id),
        ),
        byClause,
        observations: unitFindings.filter((f) => f.findingClass === 'diem_luu_y').length,
        opportunities: unitFindings.filter((f) => f.findingClass === 'co_hoi_cai_tien').length,
        note: !unit.active ? reportWords.unitInactive : !unit.isoApplying ? reportWords.unitNotIso : null,
      };
    });

  const foundIds = new Set(found.map((f) => f.id));
  const actions = selectReportActions(db, 'ISO');
  const ofPeriod = actions.filter((a) => foundIds.has(a.findingId));
  const effective = ofPeriod.filter((a) => a.status === 'da_xac_minh_hieu_qua');
  // A "not effective" verification sends the action back to work: its last verification says so.
  const notEffective = ofPeriod.filter((a) => a.status !== 'da_xac_minh_hieu_qua' && (a.status === 'khong_hieu_qua' || a.verificationResult === 'khong_hieu_qua'));
  const pending = ofPeriod.filter((a) => !effective.includes(a) && !notEffective.includes(a));
  const carriedOver = actions.filter((a) => a.auditEndDate < window.from && (a.closedOn === null || a.closedOn > window.to));
  const actionIds = (list: typeof actions) => list.map((a) => a.id);
  const shown = new Set(actionIds([...ofPeriod, ...carriedOver]));
  const planned = selectPlannedEntries(db, window, 'ISO');

  return {
    periodLabel: periodLabel(period),
    window,
    evaluation: {
      planned: planned.length,
      done: traced('audit', auditIds),
      unitsEvaluated,
      isoUnits: isoUnits.length,
      required,
      sharePercent: isoUnits.length ? Math.round((unitsEvaluated * 1000) / isoUnits.length) / 10 : 0,
      targetPercent,
      targetMet: unitsEvaluated >= required,
    },
    byUnit,
    nonconformitiesByClause: Object.fromEntries(
      isoClauses.map((clause) => [
        clause,
        traced(
          'finding',
          nonconformities.filter((f) => clauseOf(f.reference) === clause).map((f) => f.id),
        ),
      ]),
    ) as Record<IsoClause, TracedFigure>,
    nonconformitiesWithoutClause: traced(
      'finding',
      nonconformities.filter((f) => clauseOf(f.reference) === null).map((f) => f.id),
    ),
    findingsByClass: findingsByClassOf(found),
    effectiveness: {
      effective: traced('action', actionIds(effective)),
      notEffective: traced('action', actionIds(notEffective)),
      pending: traced('action', actionIds(pending)),
      overdue: traced('action', actionIds([...notEffective, ...pending].filter((a) => a.dueDate < window.to))),
    },
    carriedOver: traced('action', actionIds(carriedOver)),
    audits: ended.map(({ unitId: _unit, ...audit }) => audit),
    findings: found,
    actionRows: actions.filter((a) => shown.has(a.id)).map(actionRef),
  };
}

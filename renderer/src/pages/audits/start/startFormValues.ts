import type { AuditBaseline, StartAuditInput, StartOptions } from '../../../../../electron/shared/contract/audits';
import type { AuditKind } from '../../../../../electron/shared/contract/vocabulary';

export type StartFormValues = Required<StartAuditInput>;

type PlannedEntry = StartOptions['plannedInspections'][number];
type VersionOption = StartOptions['templateVersions'][number];

export function blankStartValues(): StartFormValues {
  return {
    kind: 'CCHC',
    unitId: '',
    templateVersionId: '',
    plannedInspectionId: null,
    baselineAuditId: null,
    title: '',
    startDate: '',
    endDate: '',
    place: '',
    decisionNumber: '',
    decisionDate: null,
    planNumber: '',
    planDate: null,
    objective: '',
    scope: '',
    criteria: '',
    team: [{ personId: '', role: 'truong_doan' }],
    representatives: [{ fullName: '', position: '', personId: null }],
  };
}

/** A CCHC audit asks a CCHC (or TTHC-procedure) list, an ISO audit an ISO (or TTHC-procedure) list: the same rule as the back end. */
export const versionsFor = (versions: readonly VersionOption[], kind: AuditKind) => versions.filter((v) => v.purpose === kind || v.purpose === 'TTHC');

/**
 * The programme entry sets the kind, unit, date, checklist and team it planned, and the plan as legal basis,
 * unless the plan is dated after the entry's day (a programme approved once that day had passed): the form
 * would then open with an error of its own making, so the plan is left for the user to name.
 */
export function fromPlannedEntry(values: StartFormValues, entry: PlannedEntry, versions: readonly VersionOption[]): StartFormValues {
  const plannedVersion = versions.find((v) => v.id === entry.templateVersionId);
  const planFits = !entry.planDate || entry.planDate <= entry.date;
  return {
    ...values,
    plannedInspectionId: entry.plannedInspectionId,
    kind: entry.kind,
    unitId: entry.unitId,
    startDate: entry.date,
    endDate: entry.date,
    templateVersionId: plannedVersion?.id ?? versionsFor(versions, entry.kind)[0]?.id ?? '',
    planNumber: (planFits && entry.planNumber) || values.planNumber,
    planDate: (planFits && entry.planDate) || values.planDate,
    team: entry.team.length > 0 ? entry.team.map(({ personId, role }) => ({ personId, role })) : values.team,
  };
}

/** "Bắt đầu từ cuộc kiểm tra trước": its setting, team and representatives; none of its answers. */
export function fromBaseline(values: StartFormValues, baseline: AuditBaseline): StartFormValues {
  return {
    ...values,
    baselineAuditId: baseline.auditId,
    templateVersionId: baseline.suggestedTemplateVersionId ?? values.templateVersionId,
    place: baseline.place,
    objective: baseline.objective,
    scope: baseline.scope,
    criteria: baseline.criteria,
    team: baseline.team.length > 0 ? baseline.team.map((member) => ({ ...member })) : values.team,
    representatives: baseline.representatives.length > 0 ? baseline.representatives.map((r) => ({ ...r })) : values.representatives,
  };
}

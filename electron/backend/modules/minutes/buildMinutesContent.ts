import type { AppSettings, OrganizationView } from '../../../shared/contract/organization';
import { findingClasses, teamRoles } from '../../../shared/contract/vocabulary';
import type { FindingClass } from '../../../shared/contract/vocabulary';
import { comparatorSymbols, indicatorMet } from '../../../shared/rules/indicators';
import { bodyNameInText } from '../../../shared/legalBasisText';
import { defaultDueDate, dueBasisDate } from '../../../shared/rules/actionStates';
import { formatCalendarDate, localDateOf, withCalendarDatesFormatted as written } from '../../../shared/dates';
import { questionAsStatement } from '../../../shared/text';
import type { ItemRow, MinutesSource, ParticipantRow, ResponseRow } from './loadMinutesSource';
import type { MinutesArea, MinutesContent, MinutesIndicator, MinutesSigner } from './minutesContent';
import { sha256Hex } from './minutesContent';
import { builtOnFirstUse } from '../../../shared/builtOnFirstUse';

export interface MinutesNumbering {
  /** "01/BB-UBND", or null for a draft. */
  number: string | null;
  /** The date the minutes bear: the inspection's end date, or the day a biên bản bổ sung is made. */
  documentDate: string;
  revision: number;
  supplements: { number: string; documentDate: string } | null;
  corrections: string;
}

export interface MinutesInputs {
  source: MinutesSource;
  organization: OrganizationView;
  settings: AppSettings;
  /** The filled "Căn cứ" lines from Cài đặt → Căn cứ pháp lý for this kind of minutes and the audit's year. */
  legalBases: string[];
  numbering: MinutesNumbering;
  signatureImages: Map<string, Buffer>;
}

/** Two originals, one kept by each side (TT 26/2014/TT-BKHCN Điều 37). */
export const MINUTES_COPIES = 2;

const decimal = builtOnFirstUse(() => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }));

export function buildMinutesContent({ source, organization, settings, legalBases, numbering, signatureImages }: MinutesInputs): MinutesContent {
  const { audit } = source;
  const responses = new Map(source.responses.map((response) => [response.itemId, response]));
  const findingCounts = Object.fromEntries(findingClasses.map((c) => [c, 0])) as Record<FindingClass, number>;
  for (const finding of source.findings) findingCounts[finding.findingClass]++;
  const number = (n: number) => String(n).padStart(2, '0');

  return {
    format: 2,
    kind: audit.kind,
    document: {
      superiorBodyName: organization.superiorBodyName,
      bodyName: organization.bodyName,
      number: numbering.number,
      issuerCode: organization.bodyShortCode,
      placeName: organization.placeName,
      documentDate: numbering.documentDate,
    },
    revision: { revision: numbering.revision, supplements: numbering.supplements, corrections: written(numbering.corrections) },
    audit: {
      title: audit.title,
      startDate: audit.startDate,
      endDate: audit.endDate,
      endedTime: audit.endedTime,
      place: written(audit.place),
      decision: { number: audit.decisionNumber, date: audit.decisionDate },
      plan: { number: audit.planNumber, date: audit.planDate },
      objective: written(audit.objective),
      scope: written(audit.scope),
      criteria: written(audit.criteria),
      unitComments: written(audit.unitComments),
      conclusion: written(audit.conclusion),
    },
    unitName: source.unitName,
    legalBasis: legalBasis(source, organization, legalBases),
    team: teamMembers(source.participants).map((p) => ({ fullName: p.fullName, position: p.position, role: p.role as MinutesContent['team'][number]['role'] })),
    unitRepresentatives: source.participants.filter((p) => p.side === 'unit').map((p) => ({ fullName: p.fullName, position: p.position })),
    areas: source.sections.map((section) =>
      areaResults(section.code, section.title, source.items.filter((item) => item.sectionId === section.id), responses),
    ),
    indicators: source.items.filter(isIndicator).map((item) => indicatorResult(item, responses.get(item.id))),
    findings: source.findings.map((finding) => ({
      number: number(finding.number),
      findingClass: finding.findingClass,
      reference: finding.reference,
      description: written(finding.description),
      requirement: written(questionAsStatement(finding.requirement)),
      evidence: written(finding.evidenceText),
    })),
    requests: source.findings
      .filter((finding) => finding.requiresAction)
      .map((finding) => ({
        findingNumber: number(finding.number),
        text: written(finding.description),
        dueDate: source.actionDueDates.get(finding.id) ?? defaultDueDate(audit.kind, dueBasisDate(audit.endDate, localDateOf(new Date(finding.createdAt))), settings),
      })),
    findingCounts,
    signers: minutesSigners(source.participants, signatureImages),
    copies: MINUTES_COPIES,
  };
}

/** The trưởng đoàn first, then the deputy, the secretary and the members, each in the team's order. */
function teamMembers(participants: ParticipantRow[]): ParticipantRow[] {
  const rank = (role: ParticipantRow['role']) => (teamRoles as readonly string[]).indexOf(role);
  return participants.filter((p) => p.side === 'team').sort((a, b) => rank(a.role) - rank(b.role) || a.sortOrder - b.sortOrder);
}

/**
 * Who signs, in the order of the blocks on the page: the unit's first representative (normally its
 * head) and the trưởng đoàn on the first row (TT 26/2014 Điều 37 requires both), then the
 * secretary, the deputy and the members, where set.
 */
export function minutesSigners(participants: ParticipantRow[], signatureImages: Map<string, Buffer>): MinutesSigner[] {
  const unitSigner = participants.find((p) => p.side === 'unit');
  const team = participants.filter((p) => p.side === 'team');
  const blockOrder: ParticipantRow['role'][] = ['truong_doan', 'thu_ky', 'pho_doan', 'thanh_vien'];
  const ordered = [...(unitSigner ? [unitSigner] : []), ...blockOrder.flatMap((role) => team.filter((p) => p.role === role).sort((a, b) => a.sortOrder - b.sortOrder))];
  return ordered.map((p) => {
    const image = p.personId ? signatureImages.get(p.personId) : undefined;
    return { key: p.id, side: p.side, role: p.role, fullName: p.fullName, personId: p.personId, imageSha256: image ? sha256Hex(image) : null };
  });
}

function legalBasis(source: MinutesSource, organization: OrganizationView, legalBases: string[]): string[] {
  const { audit } = source;
  const body = bodyNameInText(organization);
  const dated = (date: string | null) => (date ? ` ngày ${formatCalendarDate(date)}` : '');
  const subject = audit.kind === 'CCHC' ? 'kiểm tra công tác cải cách hành chính' : 'đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015';
  return [
    ...legalBases,
    ...(audit.planNumber ? [`Kế hoạch số ${audit.planNumber}${dated(audit.planDate)} của ${body} về ${subject}`] : []),
    ...(audit.decisionNumber ? [`Quyết định số ${audit.decisionNumber}${dated(audit.decisionDate)} của ${body} về việc thành lập Đoàn ${audit.kind === 'CCHC' ? 'kiểm tra' : 'đánh giá'}`] : []),
  ];
}

function isIndicator(item: ItemRow): boolean {
  return item.answerType === 'numeric' && item.comparator !== null && item.threshold !== null;
}

function formatMeasure(value: number, unit: string | null): string {
  const text = decimal().format(value);
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

function indicatorResult(item: ItemRow, response: ResponseRow | undefined): MinutesIndicator {
  const value = response?.numericValue ?? null;
  return {
    reference: item.reference || item.code,
    title: item.question,
    target: `${comparatorSymbols[item.comparator!]} ${formatMeasure(item.threshold!, item.numericUnit)}`,
    actual: value === null ? '' : formatMeasure(value, item.numericUnit),
    met: response?.notApplicableReason ? null : (response?.indicatorMet ?? (value === null ? null : indicatorMet(value, item.comparator!, item.threshold!))),
  };
}

type ItemVerdict = 'met' | 'shortcoming' | 'neutral' | 'not_applicable' | 'unanswered';

function verdict(item: ItemRow, response: ResponseRow | undefined): ItemVerdict {
  if (!response) return 'unanswered';
  if (response.conformity === 'khong_ap_dung' || response.notApplicableReason) return 'not_applicable';
  if (isIndicator(item)) {
    const met = indicatorResult(item, response).met;
    return met === null ? 'unanswered' : met ? 'met' : 'shortcoming';
  }
  switch (item.answerType) {
    case 'conformity':
      if (!response.conformity) return 'unanswered';
      if (response.conformity === 'phu_hop') return 'met';
      // An opportunity for improvement is not a shortcoming; it is reported among the findings.
      return response.conformity === 'co_hoi_cai_tien' ? 'neutral' : 'shortcoming';
    case 'yes_no':
      return response.yesNo === null ? 'unanswered' : response.yesNo ? 'met' : 'shortcoming';
    default:
      return response.textValue || response.numericValue !== null ? 'neutral' : 'unanswered';
  }
}

/**
 * Results per area: achieved items that carry the team's notes, and every shortcoming with its
 * note. Each item is written as the requirement it checks, not as the checklist's question.
 */
function areaResults(code: string, title: string, items: ItemRow[], responses: Map<string, ResponseRow>): MinutesArea {
  const area: MinutesArea = { code, title, judged: 0, met: 0, achieved: [], shortcomings: [] };
  for (const item of items) {
    const response = responses.get(item.id);
    const result = verdict(item, response);
    if (result === 'not_applicable' || result === 'unanswered') continue;
    area.judged++;
    const note = written(response?.note.trim() ?? '');
    const measured = isIndicator(item) ? ` (đạt ${indicatorResult(item, response).actual}, chỉ tiêu ${indicatorResult(item, response).target})` : '';
    const requirement = `${questionAsStatement(item.question)}${measured}`;
    if (result === 'shortcoming') {
      area.shortcomings.push(`${requirement}: ${note || 'chưa đạt yêu cầu'}`);
      continue;
    }
    area.met++;
    if (note || measured) area.achieved.push(`${requirement}${note ? `: ${note}` : ''}`);
  }
  return area;
}

import type { AuditHeaderFields, FieldIssue, TeamMember } from '../contract/audits';
import type { TeamRole } from '../contract/vocabulary';
import { fieldMessage } from '../i18n/fieldMessages';

type DatedHeader = Pick<AuditHeaderFields, 'startDate' | 'endDate' | 'decisionNumber' | 'decisionDate' | 'planNumber' | 'planDate'>;

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/**
 * The audit's dates lie in its year and in order; each legal basis has both its number and its
 * date, and is dated no later than the audit's first day.
 */
export function auditDateIssues(header: DatedHeader, auditYear: number = yearOf(header.startDate)): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (yearOf(header.startDate) !== auditYear) issues.push({ path: 'startDate', message: fieldMessage('sharedRules.header.startInYear', { year: auditYear }) });
  if (yearOf(header.endDate) !== auditYear) issues.push({ path: 'endDate', message: fieldMessage('sharedRules.header.endInYear', { year: auditYear }) });
  if (header.endDate < header.startDate) issues.push({ path: 'endDate', message: fieldMessage('sharedRules.header.endBeforeStart') });
  const basis = [
    { number: 'decisionNumber', date: 'decisionDate', what: 'sharedRules.header.decision' },
    { number: 'planNumber', date: 'planDate', what: 'sharedRules.header.plan' },
  ] as const;
  for (const { number, date, what: whatKey } of basis) {
    const what = { key: whatKey };
    const given = header[date];
    if (header[number] && !given) issues.push({ path: date, message: fieldMessage('sharedRules.header.dateNeeded', { what }) });
    if (!header[number] && given) issues.push({ path: number, message: fieldMessage('sharedRules.header.numberNeeded', { what }) });
    if (given && given > header.startDate) issues.push({ path: date, message: fieldMessage('sharedRules.header.dateAfterStart', { what }) });
    if (given && yearOf(given) < auditYear - 1) issues.push({ path: date, message: fieldMessage('sharedRules.header.dateTooEarly', { what, year: auditYear }) });
  }
  return issues;
}

/** One trưởng đoàn, at most one phó đoàn and one thư ký, nobody twice. */
export function teamIssues(team: readonly TeamMember[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const count = (role: TeamRole) => team.filter((member) => member.role === role).length;
  if (count('truong_doan') !== 1) issues.push({ path: 'team', message: fieldMessage('sharedRules.team.oneLeader') });
  if (count('pho_doan') > 1) issues.push({ path: 'team', message: fieldMessage('sharedRules.team.oneDeputy') });
  if (count('thu_ky') > 1) issues.push({ path: 'team', message: fieldMessage('sharedRules.team.oneSecretary') });
  team.forEach((member, index) => {
    if (team.findIndex((other) => other.personId === member.personId) !== index) {
      issues.push({ path: `team.${index}.personId`, message: fieldMessage('sharedRules.team.oneRoleEach') });
    }
  });
  return issues;
}

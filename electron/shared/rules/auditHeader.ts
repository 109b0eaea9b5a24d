import type { AuditHeaderFields, FieldIssue, TeamMember } from '../contract/audits';
import type { TeamRole } from '../contract/vocabulary';

type DatedHeader = Pick<AuditHeaderFields, 'startDate' | 'endDate' | 'decisionNumber' | 'decisionDate' | 'planNumber' | 'planDate'>;

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/**
 * The audit's dates lie in its year and in order; each legal basis has both its number and its
 * date, and is dated no later than the audit's first day.
 */
export function auditDateIssues(header: DatedHeader, auditYear: number = yearOf(header.startDate)): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (yearOf(header.startDate) !== auditYear) issues.push({ path: 'startDate', message: `Ngày bắt đầu phải thuộc năm ${auditYear} của cuộc kiểm tra` });
  if (yearOf(header.endDate) !== auditYear) issues.push({ path: 'endDate', message: `Ngày kết thúc phải thuộc năm ${auditYear} của cuộc kiểm tra` });
  if (header.endDate < header.startDate) issues.push({ path: 'endDate', message: 'Ngày kết thúc không được trước ngày bắt đầu' });
  const basis = [
    { number: 'decisionNumber', date: 'decisionDate', what: 'quyết định thành lập đoàn' },
    { number: 'planNumber', date: 'planDate', what: 'kế hoạch kiểm tra' },
  ] as const;
  for (const { number, date, what } of basis) {
    const given = header[date];
    if (header[number] && !given) issues.push({ path: date, message: `Nhập ngày của ${what}` });
    if (!header[number] && given) issues.push({ path: number, message: `Nhập số của ${what}` });
    if (given && given > header.startDate) issues.push({ path: date, message: `Ngày ${what} không được sau ngày bắt đầu kiểm tra` });
    if (given && yearOf(given) < auditYear - 1) issues.push({ path: date, message: `Ngày ${what} quá xa so với năm ${auditYear} của cuộc kiểm tra` });
  }
  return issues;
}

/** One trưởng đoàn, at most one phó đoàn and one thư ký, nobody twice. */
export function teamIssues(team: readonly TeamMember[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const count = (role: TeamRole) => team.filter((member) => member.role === role).length;
  if (count('truong_doan') !== 1) issues.push({ path: 'team', message: 'Đoàn kiểm tra phải có đúng một trưởng đoàn' });
  if (count('pho_doan') > 1) issues.push({ path: 'team', message: 'Đoàn kiểm tra có nhiều nhất một phó đoàn' });
  if (count('thu_ky') > 1) issues.push({ path: 'team', message: 'Đoàn kiểm tra có nhiều nhất một thư ký' });
  team.forEach((member, index) => {
    if (team.findIndex((other) => other.personId === member.personId) !== index) {
      issues.push({ path: `team.${index}.personId`, message: 'Một người chỉ giữ một vai trò trong đoàn' });
    }
  });
  return issues;
}

import type { AuditStatus } from '../../../shared/contract/vocabulary';
import type { ParticipantRow } from './loadMinutesSource';

/** Why the minutes cannot be issued now, in words the team can act on; empty when they can. */
export function issueBlockers(status: AuditStatus, participants: ParticipantRow[], issuedCode: string | null): string[] {
  const blockers: string[] = [];
  if (status === 'in_progress') blockers.push('Cuộc kiểm tra chưa kết thúc: hãy kết thúc cuộc kiểm tra trước khi ban hành biên bản.');
  if (status === 'locked') {
    blockers.push(
      `Biên bản của cuộc kiểm tra này đã được ban hành${issuedCode ? ` (số ${issuedCode})` : ''}; muốn sửa đổi, hãy lập biên bản bổ sung.`,
    );
  }
  if (!participants.some((p) => p.side === 'team' && p.role === 'truong_doan')) blockers.push('Đoàn chưa có Trưởng đoàn để ký biên bản.');
  if (!participants.some((p) => p.side === 'unit')) blockers.push('Chưa có đại diện đơn vị được kiểm tra để ký biên bản.');
  return blockers;
}

import type { AuditStatus } from '../../../shared/contract/vocabulary';
import type { LocalizedText } from '../../../shared/i18n/catalog';
import { text } from '../../api/errors';
import type { ParticipantRow } from './loadMinutesSource';

/** Why the minutes cannot be issued now, in words the team can act on; empty when they can. */
export function issueBlockers(status: AuditStatus, participants: ParticipantRow[], issuedCode: string | null): LocalizedText[] {
  const blockers: LocalizedText[] = [];
  if (status === 'in_progress') blockers.push(text('blockers.minutes.auditOpen'));
  if (status === 'locked') blockers.push(issuedCode ? text('blockers.minutes.alreadyIssuedAs', { code: issuedCode }) : text('blockers.minutes.alreadyIssued'));
  if (!participants.some((p) => p.side === 'team' && p.role === 'truong_doan')) blockers.push(text('blockers.minutes.noLeader'));
  if (!participants.some((p) => p.side === 'unit')) blockers.push(text('blockers.minutes.noUnitSigner'));
  return blockers;
}

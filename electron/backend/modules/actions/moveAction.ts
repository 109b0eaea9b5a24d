import { eq } from 'drizzle-orm';
import { correctiveActions } from '../../../../db/schema';
import { CLOSED_ACTION_STATUS, checkMove, statusAfterMove } from '../../../shared/rules/actionStates';
import type { ActionEventDetails } from '../../../shared/contract/actions';
import type { ActionStatus } from '../../../shared/contract/vocabulary';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { factsOf, personName, requireActionDetail, requireActionRecord } from './actionDetail';
import type { ActionRecord } from './actionDetail';
import { recordActionEvent } from './actionEvents';
import { actionClock } from './actionClock';
import { countActionEvidenceFiles } from './actionEvidenceFiles';
import { assertPersonExists, refuseIfAny } from './actionRules';
import { syncFindingStatus } from './findingClosure';
import { requireFindingContext } from './findingContext';

type MoveInput = Parameters<ModuleHandlers<'actions.move'>['actions.move']>[1];

const isVerification = (to: ActionStatus) => to === CLOSED_ACTION_STATUS || to === 'khong_hieu_qua';

/**
 * An ineffective verification is the one move that sets a new due date: the action goes back to Đang thực hiện
 * in the same command (`statusAfterMove`), so no action ever rests in Không hiệu quả.
 */
const setsNewDueDate = (to: ActionStatus) => to === 'khong_hieu_qua';

/** The columns a move writes besides the status. */
function columnsSetBy(input: MoveInput, now: string): Partial<ActionRecord> {
  const set: Partial<ActionRecord> = {};
  if (isVerification(input.to)) {
    set.verifierPersonId = input.verifierPersonId;
    set.verificationDate = input.verificationDate;
    set.verificationResult = input.to === CLOSED_ACTION_STATUS ? 'hieu_qua' : 'khong_hieu_qua';
  }
  if (input.to === CLOSED_ACTION_STATUS) set.closedAt = now;
  if (setsNewDueDate(input.to)) set.dueDate = input.newDueDate;
  return set;
}

/**
 * Checks the move with the shared state machine, then records it. An ineffective verification is
 * two recorded moves in one command: to Không hiệu quả, and back to Đang thực hiện with the new due date.
 */
export const moveAction: ModuleHandlers<'actions.move'>['actions.move'] = (ctx, input) => {
  const { db } = ctx.store;
  const record = requireActionRecord(db, input.id);
  const { findingDate } = requireFindingContext(db, record.findingId);
  const clock = actionClock(ctx);
  refuseIfAny(checkMove(factsOf(record, findingDate, countActionEvidenceFiles(db, record.id)), input.to, clock.today, input));
  // A verifier named on any move must exist: a stale id is refused rather than quietly ignored.
  assertPersonExists(db, input.verifierPersonId, 'verifierPersonId');

  const now = ctx.now().toISOString();
  const set = columnsSetBy(input, now);
  // Stryker disable next-line StringLiteral: checkMove refuses a verification without a verifier or a date, and assertPersonExists a verifier not in the directory, so the empty fallbacks are never taken; they only satisfy the types
  const verified: ActionEventDetails = isVerification(input.to) ? { verifierName: personName(db, input.verifierPersonId ?? null) ?? '', verificationDate: input.verificationDate ?? '' } : {};
  const newDueDate: ActionEventDetails = set.dueDate ? { dueDate: set.dueDate, previousDueDate: record.dueDate } : {};
  const finalStatus = statusAfterMove(input.to);
  if (finalStatus === input.to) {
    recordActionEvent(ctx, { actionId: record.id, from: record.status, to: input.to, comment: input.comment, details: { ...verified, ...newDueDate } });
  } else {
    recordActionEvent(ctx, { actionId: record.id, from: record.status, to: input.to, comment: input.comment, details: verified });
    recordActionEvent(ctx, { actionId: record.id, from: input.to, to: finalStatus, comment: '', details: newDueDate });
  }
  db.update(correctiveActions)
    .set({ ...set, status: finalStatus, updatedAt: now })
    .where(eq(correctiveActions.id, record.id))
    .run();
  const changes = Object.fromEntries(
    Object.entries({ ...set, status: finalStatus }).map(([field, value]) => [field, [record[field as keyof ActionRecord], value]]),
  );
  recordChange(ctx, { entity: 'corrective_action', entityId: record.id, action: 'update', changes: { ...changes, comment: input.comment } });
  syncFindingStatus(ctx, record.findingId);
  return requireActionDetail(db, record.id, clock);
};

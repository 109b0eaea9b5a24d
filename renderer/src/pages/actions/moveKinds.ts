import { actionMoves } from '../../../../electron/shared/rules/actionStates';
import type { ActionStatus } from '../../../../electron/shared/contract/vocabulary';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

/** A plain move needs only a comment; verification and reopening ask for what their gates need. */
export type MoveKind = { kind: 'simple'; to: 'da_phan_tich' | 'dang_thuc_hien' | 'cho_xac_minh' } | { kind: 'verify' } | { kind: 'reopen' };

/** The buttons an action in this status offers: one per allowed move, the two verification results sharing one. */
export function movesFrom(status: ActionStatus): MoveKind[] {
  if (status === 'cho_xac_minh') return [{ kind: 'verify' }];
  if (status === 'khong_hieu_qua') return [{ kind: 'reopen' }];
  return actionMoves[status].map((to) => ({ kind: 'simple', to: to as Extract<MoveKind, { kind: 'simple' }>['to'] }));
}

export function moveLabel(move: MoveKind): MessageKey {
  return move.kind === 'simple' ? `actions.move.${move.to}` : `actions.move.${move.kind}`;
}

export type StepField = 'rootCause' | 'actionPlan' | 'ownerPersonId' | 'dueDate' | 'completionEvidence';

/** The fields the drawer's step asks for before it moves the action; verification and reopening write only the move's own details. */
export const stepFields: Partial<Record<ActionStatus, readonly StepField[]>> = {
  moi: ['rootCause'],
  da_phan_tich: ['actionPlan', 'ownerPersonId', 'dueDate'],
  dang_thuc_hien: ['completionEvidence'],
};

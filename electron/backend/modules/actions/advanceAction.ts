import type { ModuleHandlers } from '../../api/handlers';
import { moveAction } from './moveAction';
import { updateAction } from './updateAction';

/**
 * The drawer's one step: writes what the next status needs, then moves there. Commands run in one
 * transaction, so when the move is refused the written fields are rolled back with it.
 */
export const advanceAction: ModuleHandlers<'actions.advance'>['actions.advance'] = (ctx, { changes, ...move }) => {
  if (Object.values(changes).some((value) => value !== undefined)) updateAction(ctx, { id: move.id, ...changes });
  return moveAction(ctx, move);
};

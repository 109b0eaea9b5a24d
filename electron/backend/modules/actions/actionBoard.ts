import type { ModuleHandlers } from '../../api/handlers';
import { actionClock } from './actionClock';
import { selectActionRows } from './actionRows';
import { queryBoard } from './boardQuery';

export const actionBoard: ModuleHandlers<'actions.board'>['actions.board'] = (ctx, { limit, ...filters }) => {
  const clock = actionClock(ctx);
  const { rows, matching, summary } = queryBoard(ctx.store, filters, clock, limit);
  return { today: clock.today, dueSoonDays: clock.dueSoonDays, rows: selectActionRows(ctx.store.db, clock, rows, limit), matching, summary };
};

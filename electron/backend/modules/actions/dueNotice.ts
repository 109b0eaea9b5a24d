import { or } from 'drizzle-orm';
import type { ModuleHandlers } from '../../api/handlers';
import { actionClock } from './actionClock';
import { dueSql, selectActionRows } from './actionRows';
import { pageOfActions } from './boardQuery';
import { summariseActions } from './boardSummary';

const NOTICE_ITEMS = 5;

/** What the shell shows at start-up: how many actions are overdue and due soon, and the most urgent few. */
export const dueNotice: ModuleHandlers<'actions.dueNotice'>['actions.dueNotice'] = (ctx) => {
  const clock = actionClock(ctx);
  const urgent = or(dueSql.overdue(clock), dueSql.dueSoon(clock));
  const { summary } = summariseActions(ctx.store.db, clock, urgent, undefined);
  return {
    today: clock.today,
    dueSoonDays: clock.dueSoonDays,
    overdue: summary.overdue,
    dueSoon: summary.dueSoon,
    items: selectActionRows(ctx.store.db, clock, pageOfActions(ctx.store.db, urgent, NOTICE_ITEMS, summary.overdue + summary.dueSoon), NOTICE_ITEMS),
  };
};

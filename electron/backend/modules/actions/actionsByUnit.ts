import { and, eq, ne } from 'drizzle-orm';
import { correctiveActions } from '../../../../db/schema';
import { CLOSED_ACTION_STATUS } from '../../../shared/rules/actionStates';
import type { ModuleHandlers } from '../../api/handlers';
import { actionClock } from './actionClock';
import { selectActionRows } from './actionRows';

export const actionsByUnit: ModuleHandlers<'actions.byUnit'>['actions.byUnit'] = (ctx, { unitId, includeClosed }) =>
  selectActionRows(
    ctx.store.db,
    actionClock(ctx),
    and(eq(correctiveActions.ownerUnitId, unitId), includeClosed ? undefined : ne(correctiveActions.status, CLOSED_ACTION_STATUS)),
  );

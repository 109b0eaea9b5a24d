import type { ModuleHandlers } from '../../api/handlers';
import { requireActionDetail } from './actionDetail';
import { actionClock } from './actionClock';

export const getAction: ModuleHandlers<'actions.get'>['actions.get'] = (ctx, { id }) => requireActionDetail(ctx.store.db, id, actionClock(ctx));

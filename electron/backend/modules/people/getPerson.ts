import type { ModuleHandlers } from '../../api/handlers';
import { requirePersonView } from './personViews';

export const getPerson: ModuleHandlers<'people.get'>['people.get'] = (ctx, input) => requirePersonView(ctx.store.db, input.id);

import type { ModuleHandlers } from '../../api/handlers';
import { requireUnitView } from './unitViews';

export const getUnit: ModuleHandlers<'units.get'>['units.get'] = (ctx, input) => requireUnitView(ctx.store.db, input.id);

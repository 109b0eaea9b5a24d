import type { ModuleHandlers } from '../../api/handlers';

export const storeHealthHandlers: ModuleHandlers<'app.storeHealth'> = {
  'app.storeHealth': (ctx) => ctx.store.health(),
};

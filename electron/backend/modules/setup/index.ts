import type { ModuleHandlers } from '../../api/handlers';
import { completeSetup } from './completeSetup';
import { readSetupStatus } from './setupStatus';

export const setupHandlers: ModuleHandlers<'setup.status' | 'setup.complete'> = {
  'setup.status': (ctx) => readSetupStatus(ctx.store.db),
  'setup.complete': completeSetup,
};

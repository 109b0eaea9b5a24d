import type { ModuleHandlers } from '../../api/handlers';
import { readOrganization } from './readOrganization';
import { readSettings } from './readSettings';
import { updateOrganization } from './updateOrganization';
import { updateSettings } from './updateSettings';

export const organizationHandlers: ModuleHandlers<'organization.get' | 'organization.update' | 'settings.get' | 'settings.update'> = {
  'organization.get': (ctx) => readOrganization(ctx.store.db),
  'organization.update': updateOrganization,
  'settings.get': (ctx) => readSettings(ctx.store.db),
  'settings.update': updateSettings,
};

import { settings } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { readSettings } from './readSettings';

export const updateSettings: ModuleHandlers<'settings.update'>['settings.update'] = (ctx, patch) => {
  const before = readSettings(ctx.store.db);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    ctx.store.db
      .insert(settings)
      .values({ key, value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: ctx.now().toISOString() } })
      .run();
    recordChange(ctx, { entity: 'setting', entityId: key, action: 'update', changes: { [key]: [before[key as keyof typeof before], value] } });
  }
  return readSettings(ctx.store.db);
};

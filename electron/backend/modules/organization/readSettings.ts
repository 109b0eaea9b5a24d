import type { AppDatabase } from '../../../../db/store';
import { settings } from '../../../../db/schema';
import { appSettingsSchema } from '../../../shared/contract/organization';
import type { AppSettings } from '../../../shared/contract/organization';

/** Stored values over the defaults; a stored value that no longer validates falls back to its default. */
export function readSettings(db: AppDatabase): AppSettings {
  const defaults = appSettingsSchema.parse({});
  const shape = appSettingsSchema.shape;
  const merged: Record<string, unknown> = { ...defaults };
  for (const row of db.select().from(settings).all()) {
    const field = shape[row.key as keyof typeof shape];
    const parsed = field?.safeParse(row.value);
    if (parsed?.success) merged[row.key] = parsed.data;
  }
  return merged as AppSettings;
}

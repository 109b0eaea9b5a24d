import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { eq } from 'drizzle-orm';
import { storeIdentity } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { localize } from '../../../shared/i18n/catalog';
import { text } from '../../api/errors';
import type { SeedStep } from '../../seed/seedDefaults';

export const STORE_IDENTITY_ROW_ID = 'default';

/** Made once per store: its UUID, named after the computer it was made on until the user renames it. */
export const storeIdentityStep: SeedStep = {
  name: 'store-identity',
  run(store) {
    store.db.insert(storeIdentity).values({ id: STORE_IDENTITY_ROW_ID, storeId: randomUUID(), name: localize(text('store.defaultStoreName', { host: os.hostname() })) }).onConflictDoNothing().run();
  },
};

export function readStoreIdentity(db: AppDatabase): { id: string; name: string } {
  const row = db.select().from(storeIdentity).where(eq(storeIdentity.id, STORE_IDENTITY_ROW_ID)).get();
  if (!row) throw new Error('store identity missing: the seed step store-identity has not run');
  return { id: row.storeId, name: row.name };
}

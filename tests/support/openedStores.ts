import { afterEach } from 'vitest';
import { openStore } from '../../db/store';
import type { Store } from '../../db/store';
import { sourceLayout } from '../../electron/backend/paths';

/** Opens stores (with the shipped migrations unless told) and closes whichever are still open after each test. */
export function storeOpener(): (dataDir: string, migrationsFolder?: string) => Promise<Store> {
  const opened: Store[] = [];
  afterEach(() => {
    for (const store of opened.splice(0)) store.close();
  });
  return async (dataDir, migrationsFolder = sourceLayout.migrationsFolder) => {
    const store = await openStore({ dataDir, migrationsFolder });
    opened.push(store);
    return store;
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend/createBackend';
import type { Backend, CreateBackendOptions } from '../../electron/backend/createBackend';
import { sourceLayout } from '../../electron/backend/paths';
import type { InputOf, MethodName, ResultOf } from '../../electron/shared/contract';
import { cchcScopeByCategory } from '../../electron/shared/cchcScope';
import { unitTemplate } from '../../electron/backend/modules/setup/unitTemplate';
import { organization, units } from '../../db/schema';
import type { Store } from '../../db/store';

export function makeTempDir(prefix = 'kiem-tra-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestBackend extends Backend {
  /** Calls a method and returns its value, failing the test with the API's message if it was refused. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  dataDir: string;
}

/**
 * The store as the first-run setup leaves it for a user who keeps the sample ward: the preselected
 * typical units, scoped by category, and the organisation confirmed. Written straight to the store so
 * tests of the no-profile state start set up too; tests/api/setup.test.ts drives the setup itself.
 */
function completeSampleSetup(store: Store): void {
  const template = unitTemplate().filter((row) => row.preselected);
  store.sqlite
    .transaction(() => {
      template.forEach(({ preselected: _preselected, ...unit }, index) => {
        const inCchcScope = cchcScopeByCategory(unit.category, false).inScope;
        store.db.insert(units).values({ ...unit, inCchcScope, sortOrder: (index + 1) * 10 }).run();
      });
      store.db.update(organization).set({ setupCompletedAt: new Date().toISOString() }).run();
    })
    .immediate();
}

/**
 * A real back end on a temp-file store with the real migrations and seed. By default the first-run
 * setup is done with the sample ward (`setUp: false` leaves a store as a new user first sees it).
 */
export async function startTestBackend(
  options: CreateBackendOptions & { dataDir?: string; withProfile?: boolean; setUp?: boolean } = {},
): Promise<TestBackend> {
  const dataDir = options.dataDir ?? makeTempDir();
  const backend = await createBackend(
    { dataDir, migrationsFolder: sourceLayout.migrationsFolder, resourcesDir: sourceLayout.resourcesDir, appVersion: 'test' },
    // The background integrity check has its own tests; most tests need not pay for a worker per store.
    { onInternalError: (error) => { throw error; }, backgroundIntegrityCheck: false, ...options },
  );
  const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} bị từ chối: ${result.error.code} ${result.error.message}`);
    return result.value as ResultOf<M>;
  };
  if (options.withProfile ?? true) await call('profiles.create', { fullName: 'Nguyễn Thị Kiểm Tra', position: 'Chuyên viên' });
  if ((options.setUp ?? true) && !(await call('setup.status', {})).completed) completeSampleSetup(backend.store);
  return { ...backend, call, dataDir };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend/createBackend';
import type { Backend, CreateBackendOptions } from '../../electron/backend/createBackend';
import { sourceLayout } from '../../electron/backend/paths';
import type { InputOf, MethodName, ResultOf } from '../../electron/shared/contract';

export function makeTempDir(prefix = 'kiem-tra-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestBackend extends Backend {
  /** Calls a method and returns its value, failing the test with the API's message if it was refused. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  dataDir: string;
}

/** A real back end on a temp-file store with the real migrations and seed. */
export async function startTestBackend(options: CreateBackendOptions & { dataDir?: string; withProfile?: boolean } = {}): Promise<TestBackend> {
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
  return { ...backend, call, dataDir };
}

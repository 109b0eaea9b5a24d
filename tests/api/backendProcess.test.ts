import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_FILE_NAME } from '../../db/store';
import { projectRoot, sourceLayout } from '../../electron/backend/paths';
import { BackendStartError, connectBackend } from '../../electron/backend/process/backendConnection';
import type { BackendConnection } from '../../electron/backend/process/backendConnection';
import { makeTempDir } from '../support/tempBackend';

/** The real back end in its own process, as Electron's utility process runs it, with a Node child process in its place. */
const children: ChildProcess[] = [];

afterEach(() => {
  children.splice(0).forEach((child) => child.kill('SIGKILL'));
});

function startBackendProcess(dataDir: string): { child: ChildProcess; connecting: Promise<BackendConnection> } {
  const child = fork(path.join(projectRoot, 'tests/support/backendChildProcess.ts'), [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  const connecting = connectBackend(
    {
      send: (message) => child.send(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
    },
    { config: { dataDir, migrationsFolder: sourceLayout.migrationsFolder, resourcesDir: sourceLayout.resourcesDir, appVersion: '0.0.0-test' } },
  );
  return { child, connecting };
}

// Each test starts a Node process that compiles the back end through tsx: seconds on a loaded 2-core machine.
describe('the back end in its own process', { timeout: 90_000 }, () => {
  it('answers API calls, and on close checkpoints the WAL into the store file before it says so', async () => {
    const dataDir = makeTempDir();
    const backend = await startBackendProcess(dataDir).connecting;

    const info = await backend.call('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test', dataDir } });
    const created = await backend.call('profiles.create', { fullName: 'Nguyễn Văn An', position: 'Chuyên viên' });
    expect(created).toMatchObject({ ok: true });
    const refused = await backend.call('profiles.create', { fullName: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const wal = path.join(dataDir, `${STORE_FILE_NAME}-wal`);
    expect(fs.statSync(wal).size).toBeGreaterThan(0);
    await backend.close();
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);

    const store = new Database(path.join(dataDir, STORE_FILE_NAME), { readonly: true });
    expect(store.prepare('select full_name as name from profiles').all()).toEqual([{ name: 'Nguyễn Văn An' }]);
    store.close();
  });

  it('answers UNAVAILABLE when the process is killed in the middle of a call', async () => {
    const { child, connecting } = startBackendProcess(makeTempDir());
    const backend = await connecting;
    const inFlight = backend.call('fixture.hang', {});
    child.kill('SIGKILL');
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await backend.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('reports a store it must not open with the text of the startup dialog', async () => {
    const dataDir = makeTempDir();
    const raw = new Database(path.join(dataDir, STORE_FILE_NAME));
    raw.pragma('user_version = 9999');
    raw.close();
    const refusal = await startBackendProcess(dataDir).connecting.catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BackendStartError);
    expect((refusal as BackendStartError).failure.title).toBe('Không mở được dữ liệu');
    expect((refusal as BackendStartError).failure.detail).toMatch(/phiên bản mới hơn/);
  });
});

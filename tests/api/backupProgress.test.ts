import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OperationProgress } from '../../electron/shared/contract/backups';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { addBulkEvidence } from '../support/fixtures/bulkEvidence';
import { startedBackends } from '../support/startedBackends';
import type { TestBackend } from '../support/tempBackend';

const { start } = startedBackends();

/** Enough evidence (64 MiB in 8 files) that even the single-pass backup takes a while and passes many chunks. */
const addEvidence = (backend: TestBackend) => addBulkEvidence(backend.dataDir, 8, 8 * 1024 * 1024);

const dataFiles = (dataDir: string) => fs.readdirSync(dataDir, { recursive: true }).map(String).filter((name) => !name.endsWith('-shm') && !name.endsWith('-wal')).sort();

describe('progress and cancel of backups and restores', () => {
  it('shows files and bytes while a backup runs, and nothing once it is done', async () => {
    const backend = await start();
    addEvidence(backend);
    const seen: OperationProgress[] = [];
    const backup = backend.call('backups.create', {});
    let done = false;
    void backup.finally(() => {
      done = true;
    });
    while (!done) {
      const progress = await backend.call('backups.progress', {});
      if (progress) seen.push(progress);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await backup;
    const moving = seen.filter((progress) => progress.bytesDone > 0);
    expect(moving.length).toBeGreaterThan(0);
    expect(moving[0]).toMatchObject({ kind: 'backup', filesTotal: 9, cancelRequested: false });
    expect(moving[0]!.bytesTotal).toBeGreaterThan(24 * 1024 * 1024);
    expect(Math.max(...moving.map((progress) => progress.bytesDone))).toBeLessThanOrEqual(moving[0]!.bytesTotal);
    expect(await backend.call('backups.progress', {})).toBeNull();
  });

  it('a cancelled backup leaves no backup and no temporary file', async () => {
    const backend = await start();
    addEvidence(backend);
    const folder = (await backend.call('backups.status', {})).folder;
    const backup = backend.dispatch('backups.create', {});
    expect(await backend.call('backups.cancel', {})).toEqual({ cancelRequested: true });
    expect(await backup).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Đã hủy theo yêu cầu') } });
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    expect(await backend.call('backups.progress', {})).toBeNull();
    expect(await backend.call('backups.cancel', {})).toEqual({ cancelRequested: false });
  });

  it('a cancelled restore changes nothing and leaves no staging folder', async () => {
    const backend = await start();
    await startSampleAudit(backend);
    addEvidence(backend);
    const backup = await backend.call('backups.create', {});
    await startSampleAudit(backend);
    const before = dataFiles(backend.dataDir);
    const restore = backend.dispatch('backups.restore', { fileName: backup.fileName });
    await backend.call('backups.cancel', {});
    expect(await restore).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Đã hủy theo yêu cầu') } });
    expect(dataFiles(backend.dataDir)).toEqual(before);
    expect(await backend.call('audits.list', {})).toHaveLength(2);
  });
});

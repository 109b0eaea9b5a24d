import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeBackup } from '../../../electron/backend/modules/backups/writeBackup';
import { addBulkEvidence } from '../../support/fixtures/bulkEvidence';
import { makeTempDir, startTestBackend } from '../../support/tempBackend';
import { sampleInTurn, sideBySide } from '../benchCase';
import type { BenchCase } from '../benchCase';
import { flushTree } from '../flushTree';

/** The sizes by default (a 10-year store of about 115 MiB, 500 MB of evidence); smaller runs through the environment. */
const STORE_MB = Number(process.env.BENCH_BACKUP_STORE_MB ?? 115);
const EVIDENCE_MB = Number(process.env.BENCH_BACKUP_EVIDENCE_MB ?? 500);
const EVIDENCE_FILE_MB = 2.5;
const MB = 1024 * 1024;
const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 5);

/** Ten years of change log and answers stand in as bulk rows: a backup copies pages, whatever they hold. */
function fillStore(dataDir: string, backend: Awaited<ReturnType<typeof startTestBackend>>): void {
  const sqlite = backend.store.sqlite;
  const actorId = sqlite.prepare("insert into change_log_actors (name) values ('Nguyễn Thị Kiểm Tra')").run().lastInsertRowid;
  const kindId = sqlite.prepare("insert into change_log_kinds (method, entity, action) values ('audits.saveResponse', 'item_response', 'update')").run().lastInsertRowid;
  const insert = sqlite.prepare('insert into change_log (id, created_at, actor_id, kind_id, entity_id, changes) values (?, ?, ?, ?, ?, ?)');
  const note = 'Đã xem hồ sơ, sổ theo dõi và biên nhận trả kết quả; ghi chú chi tiết của đoàn kiểm tra. '.repeat(8);
  const rows = Math.ceil((STORE_MB * MB) / 1200);
  sqlite.transaction(() => {
    for (let row = 0; row < rows; row++) insert.run(randomUUID(), Date.UTC(2016, 0, 1) + row * 2_700_000, actorId, kindId, randomUUID(), JSON.stringify({ note: [null, note] }));
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  addBulkEvidence(dataDir, Math.ceil(EVIDENCE_MB / EVIDENCE_FILE_MB), EVIDENCE_FILE_MB * MB);
}

/** Peak resident memory while `work` runs, sampled every 20 ms (worker threads are in the same process). */
async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number; baselineMb: number }> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: Math.round(peak / MB), baselineMb: Math.round(baseline / MB) };
  } finally {
    clearInterval(timer);
  }
}

const bench: BenchCase = {
  name: 'Backup: snapshot, zip and verification, beside a plain copy of the same bytes',
  async run() {
    const backend = await startTestBackend();
    fillStore(backend.dataDir, backend);
    // The seed's 637 MiB go to the disk before the runs, so neither side's flush waits behind the setup's writing.
    flushTree(backend.dataDir);
    const storeBytes = fs.statSync(backend.store.filePath).size;
    const evidenceBytes = fs.readdirSync(path.join(backend.dataDir, 'evidence'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);

    // The reference: the same bytes (the store and the evidence) copied to the same kind of folder on the same disk,
    // each file and folder flushed to disk after the copies, as the backup flushes its zip and its folder.
    const copyOnce = () => {
      const copyTarget = makeTempDir('bench-copy-');
      fs.copyFileSync(backend.store.filePath, path.join(copyTarget, 'store.sqlite'));
      fs.cpSync(path.join(backend.dataDir, 'evidence'), copyTarget, { recursive: true });
      flushTree(copyTarget);
      fs.rmSync(copyTarget, { recursive: true, force: true });
    };
    let written: Awaited<ReturnType<typeof writeBackup>> | undefined;
    const backupOnce = async () => {
      const folder = makeTempDir('bench-backup-');
      // Run here rather than through the pool so the figure is the work itself; the app runs the same function on a worker.
      // Its helper threads (backupHelpers) start during the first run, from source: slower than the app's backupHelper.cjs.
      written = await writeBackup({ storePath: backend.store.filePath, dataDir: backend.dataDir, folder, appVersion: 'bench', reason: 'manual', createdAt: new Date().toISOString() });
      fs.rmSync(folder, { recursive: true, force: true });
    };
    // Copy and backup in turn, five times each, so that load on the shared machine falls on both alike.
    const { value: runs, peakMb, baselineMb } = await peakRss(() => sampleInTurn(RUNS, backupOnce, copyOnce));
    backend.close();
    return {
      'store (MiB)': Math.round(storeBytes / MB),
      'evidence (MiB)': Math.round(evidenceBytes / MB),
      'ISSUE ROW (16) backup + verification of the ten-year store with evidence (reference: a plain copy of the same bytes, flushed to disk; goal ≤ 1.5x)': sideBySide(runs.app, runs.reference),
      'zip size (MiB)': Math.round(written!.size / MB),
      'resident memory before → peak over all runs (MiB; goal: under 200 more)': `${baselineMb} → ${peakMb}`,
    };
  },
};

export default bench;

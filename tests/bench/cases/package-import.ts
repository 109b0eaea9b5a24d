import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readBackupManifest } from '../../../electron/backend/modules/backups/verifyBackup';
import { longChecklist, startSampleAudit } from '../../support/fixtures/auditsFixture';
import { addBulkEvidence } from '../../support/fixtures/bulkEvidence';
import { makeTempDir, startTestBackend } from '../../support/tempBackend';
import type { BenchCase } from '../benchCase';
import { sideBySide } from '../benchCase';
import { uploadPackage } from '../../support/packageUpload';
import { flushTree } from '../flushTree';

const ITEMS = 300;
const EVIDENCE_FILES = 20;
const EVIDENCE_MB = Number(process.env.BENCH_PACKAGE_EVIDENCE_MB ?? 2);
/** The coordinator's own evidence, as a ward's store holds after years of audits (the backup bench's 500 MB by default). */
const STORE_EVIDENCE_MB = Number(process.env.BENCH_PACKAGE_STORE_EVIDENCE_MB ?? 500);
const STORE_EVIDENCE_FILE_MB = 2.5;
const RUNS = Number(process.env.BENCH_PACKAGE_RUNS ?? 3);
const MB = 1024 * 1024;

/** The reference: the package's bytes read and hashed, streamed, as an import must at least do. */
async function readAndHash(file: string): Promise<void> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  hash.digest();
}

/** A coordinator's store with a 300-item audit handed out, and the team's result: every item answered, 20 evidence files. */
async function prepare() {
  const coordinator = await startTestBackend();
  const team = await startTestBackend();
  const audit = await startSampleAudit(coordinator, { sections: longChecklist(ITEMS) });
  const handout = await coordinator.call('packages.handOut', { auditIds: [audit.auditId], machineName: 'Máy tổ 1' });
  await coordinator.call('backups.create', {});
  await team.call('packages.import', { uploadId: await uploadPackage(team, handout.filePath) });
  const itemIds = Object.values(audit.version.items);
  for (const [index, itemId] of itemIds.entries()) {
    const numeric = index % 5 === 4;
    await team.call('audits.saveResponse', numeric ? { auditId: audit.auditId, itemId, numericValue: 96 + (index % 4) } : { auditId: audit.auditId, itemId, conformity: index % 7 === 0 ? 'kph_nhe' : 'phu_hop', note: `Đã xem hồ sơ số ${index + 1}` });
  }
  for (let file = 0; file < EVIDENCE_FILES; file++) {
    await team.call('evidence.upload', { auditId: audit.auditId, itemId: itemIds[file]!, fileName: `bằng chứng ${file + 1}.pdf`, mimeType: 'application/pdf', base64: randomBytes(EVIDENCE_MB * MB).toString('base64') });
  }
  const result = await team.call('packages.exportResult', {});
  coordinator.close();
  team.close();
  return { pristine: coordinator.dataDir, packageFile: result.filePath, itemCount: itemIds.length };
}

interface ImportTimes {
  importMs: number[];
  referenceMs: number[];
  /** The before-import backup of each run: its size, and how many evidence files it leaves to a base. */
  backups: { mib: number; referred: number }[];
}

/** One import of the package into a fresh copy of `pristine`, beside reading and hashing the package in the same turn. */
async function importOnce(pristine: string, packageFile: string, times: ImportTimes, memory: { peak: number }): Promise<void> {
  const dataDir = makeTempDir('bench-import-');
  fs.cpSync(pristine, dataDir, { recursive: true });
  // A coordinator's store and evidence were written long before an import: the copy just made is put on disk
  // first, or the import's flushes would wait behind up to 1 GB of the bench's own writing.
  flushTree(dataDir);
  const coordinator = await startTestBackend({ dataDir, withProfile: false });
  // The file picked and staged, then a preview: the worker threads are up, as in the app where the user previews before importing.
  const uploadId = await uploadPackage(coordinator, packageFile);
  await coordinator.call('packages.preview', { uploadId });
  const referenceStarted = performance.now();
  await readAndHash(packageFile);
  times.referenceMs.push(performance.now() - referenceStarted);
  const timer = setInterval(() => {
    memory.peak = Math.max(memory.peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const imported = await coordinator.call('packages.import', { uploadId });
  times.importMs.push(performance.now() - started);
  clearInterval(timer);
  if (!imported.imported || imported.newFiles !== EVIDENCE_FILES) throw new Error(`import did not bring everything: ${JSON.stringify(imported)}`);
  const backupFile = path.join(dataDir, 'sao-luu', imported.safetyBackup!);
  const manifest = await readBackupManifest(backupFile);
  times.backups.push({ mib: fs.statSync(backupFile).size / MB, referred: manifest.parts.filter((part) => part.in !== undefined).length });
  coordinator.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const bench: BenchCase = {
  name: 'Package import: a result package of a 300-item audit with 20 evidence files, beside reading and hashing its bytes',
  async run() {
    const { pristine, packageFile, itemCount } = await prepare();
    // The same coordinator with its own evidence folder, and (before any timing) its daily backup holding all of
    // it, as a coordinator's folder has: the import's backup (before-import) refers to that one for the evidence.
    const withEvidence = makeTempDir('bench-import-evidence-');
    fs.cpSync(pristine, withEvidence, { recursive: true });
    addBulkEvidence(withEvidence, Math.ceil(STORE_EVIDENCE_MB / STORE_EVIDENCE_FILE_MB), STORE_EVIDENCE_FILE_MB * MB);
    const daily = await startTestBackend({ dataDir: withEvidence, withProfile: false });
    const base = await daily.call('backups.create', {});
    daily.close();
    const bare: ImportTimes = { importMs: [], referenceMs: [], backups: [] };
    const heavy: ImportTimes = { importMs: [], referenceMs: [], backups: [] };
    const memory = { peak: 0 };
    const baseline = process.memoryUsage().rss;
    for (let run = 0; run < RUNS; run++) {
      await importOnce(pristine, packageFile, bare, memory);
      await importOnce(withEvidence, packageFile, heavy, memory);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const beyond = (times: ImportTimes) => Math.round(median(times.importMs) - median(times.referenceMs));
    const backups = (times: ImportTimes) => times.backups.map((backup) => `${backup.mib.toFixed(1)} MiB, ${backup.referred} evidence files in the base`).join('; ');
    return {
      'items answered / evidence files': `${itemCount} / ${EVIDENCE_FILES}`,
      'package size (MiB)': (fs.statSync(packageFile).size / MB).toFixed(1),
      'import (backup first, check, evidence, records) vs read + hash, coordinator without evidence of its own': sideBySide(bare.importMs, bare.referenceMs),
      'import beyond reading and hashing, median, coordinator without evidence (ms)': beyond(bare),
      [`base: the coordinator's daily backup with ${STORE_EVIDENCE_MB} MB of evidence, taken BEFORE the timing (self-contained)`]: `${base.fileName}, ${(base.size / MB).toFixed(1)} MiB`,
      [`import vs read + hash, coordinator with ${STORE_EVIDENCE_MB} MB of evidence (its before-import backup refers to the base for that evidence)`]: sideBySide(heavy.importMs, heavy.referenceMs),
      'before-import backup of each run, coordinator with evidence (format version 2)': backups(heavy),
      [`ISSUE ROW (16) import beyond reading and hashing, median, coordinator with ${STORE_EVIDENCE_MB} MB of evidence, its backup included (ms; goal < 1000)`]: beyond(heavy),
      'resident memory before → peak (MiB; goal: under 200 more)': `${Math.round(baseline / MB)} → ${Math.round(Math.max(memory.peak, baseline) / MB)}`,
    };
  },
};

export default bench;

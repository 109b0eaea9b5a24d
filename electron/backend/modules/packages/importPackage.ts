import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import * as z from 'zod';
import { importedPackages } from '../../../../db/schema';
import type { ImportedPackage, PackagePreview } from '../../../shared/contract/packages';
import type { HandlerContext } from '../../api/context';
import { AppError, text } from '../../api/errors';
import { backgroundWork } from '../../workers/workerPool';
import { exclusively, writeBackupNow } from '../backups/takeBackup';
import { evidencePath, syncFolder } from '../evidence/evidenceFiles';
import { readStoreIdentity } from '../identity/storeIdentityRow';
import { applyPackage, assertImportable } from './applyPackage';
import { removeUpload, stagedPackage } from './packageTransfer';
import type { ReadPackage } from './readPackage';
import { packageTableNames } from './packageRecords';
import type { PackageRecords } from './packageRecords';

/** Beside the evidence folder, on the same disk, so staged files are renamed into place. */
const workDirOf = (dataDir: string) => path.join(dataDir, '.goi-nhap');

/** What an import killed part-way left: staged copies only, never a file under its final name. */
export function removeUnfinishedImports(dataDir: string): void {
  fs.rmSync(workDirOf(dataDir), { recursive: true, force: true });
}

const recordsShape = z.partialRecord(z.enum(packageTableNames as [string, ...string[]]), z.array(z.record(z.string(), z.unknown())));

function parseRecords(read: ReadPackage, file: string): PackageRecords {
  try {
    return recordsShape.parse(JSON.parse(read.data)) as PackageRecords;
  } catch (error) {
    throw new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: (error as Error).message.slice(0, 200) }));
  }
}

const alreadyImported = (ctx: HandlerContext, packageId: string) =>
  ctx.store.db.select({ id: importedPackages.packageId }).from(importedPackages).where(eq(importedPackages.packageId, packageId)).get() !== undefined;

function previewOf(ctx: HandlerContext, read: ReadPackage): PackagePreview {
  const { manifest } = read;
  return {
    packageId: manifest.packageId,
    kind: manifest.kind,
    formatVersion: manifest.formatVersion,
    fromMachine: manifest.source.machineName,
    fromStore: manifest.source.storeName,
    createdAt: manifest.createdAt,
    audits: manifest.audits,
    counts: manifest.counts,
    files: manifest.parts.length - 1,
    bytes: read.bytes,
    alreadyImported: alreadyImported(ctx, manifest.packageId),
  };
}

const readOnWorker = (ctx: HandlerContext, staged: { filePath: string; fileName: string }, password: string | undefined, stageEvidence: boolean, progress?: SharedArrayBuffer) =>
  backgroundWork.run('packages.read', { ...staged, password: password || undefined, workDir: workDirOf(ctx.config.dataDir), stageEvidence, progress });

/** Checks the whole uploaded package (every hash) and says what it holds; nothing is written. */
export async function previewPackage(ctx: HandlerContext, uploadId: string, password?: string): Promise<PackagePreview> {
  const read = await readOnWorker(ctx, stagedPackage(ctx.config.dataDir, uploadId), password, false);
  return previewOf(ctx, read);
}

/**
 * Puts staged evidence under its final name (whole files, renamed); returns the ones that were new here. Each
 * folder a file went into is flushed once, after its renames and before the records that name them commit.
 */
function placeEvidence(dataDir: string, staged: ReadPackage['staged']): string[] {
  const placed: string[] = [];
  const folders = new Set<string>();
  for (const file of staged) {
    const target = evidencePath(dataDir, file.sha256);
    if (fs.existsSync(target)) {
      fs.rmSync(file.filePath, { force: true });
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(file.filePath, target);
    folders.add(path.dirname(target));
    placed.push(target);
  }
  for (const folder of folders) syncFolder(folder);
  return placed;
}

/**
 * Checked on a worker (every hash; evidence staged beside the store), then: refusals that depend on this store,
 * a backup, evidence renamed into place, and the records in one transaction. A package imported before changes
 * nothing and takes no backup. A refusal, a cancel or a kill before the commit leaves the records as they were;
 * evidence files placed by an import that then failed are removed again.
 */
export async function importPackage(ctx: HandlerContext, uploadId: string, password?: string): Promise<ImportedPackage> {
  const staged = stagedPackage(ctx.config.dataDir, uploadId);
  const file = staged.fileName;
  const answer = await exclusively(ctx.config.dataDir, 'import', ctx.now(), async (progress) => {
    removeUnfinishedImports(ctx.config.dataDir);
    let read: ReadPackage | undefined;
    let placed: string[] = [];
    try {
      read = await readOnWorker(ctx, staged, password, true, progress);
      const records = parseRecords(read, file);
      const preview = previewOf(ctx, read);
      if (preview.alreadyImported) return { preview, imported: false, added: 0, changed: 0, removed: 0, newFiles: 0, safetyBackup: null };
      const ownStoreId = readStoreIdentity(ctx.store.db).id;
      assertImportable(ctx.store.db, read.manifest, ownStoreId, file);
      const backup = await writeBackupNow({ store: ctx.store, config: ctx.config }, 'before-import', ctx.now(), [], progress);
      placed = placeEvidence(ctx.config.dataDir, read.staged);
      const changes = ctx.store.sqlite
        .transaction(() => {
          assertImportable(ctx.store.db, read!.manifest, ownStoreId, file);
          return applyPackage(ctx, read!.manifest, records);
        })
        .immediate();
      const newFiles = placed.length;
      placed = [];
      return { preview, imported: true, added: changes.added, changed: changes.changed, removed: changes.removed, newFiles, safetyBackup: backup.fileName };
    } catch (error) {
      for (const target of placed) fs.rmSync(target, { force: true });
      if (error instanceof AppError) throw error;
      throw new AppError('CONFLICT', text('packages.errors.missingRecord', { file, detail: (error as Error).message.slice(0, 300) }));
    } finally {
      removeUnfinishedImports(ctx.config.dataDir);
    }
  });
  removeUpload(ctx.config.dataDir, uploadId);
  return answer;
}

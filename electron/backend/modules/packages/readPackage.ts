import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { AppError, text } from '../../api/errors';
import { ProgressReporter } from '../backups/operationProgress';
import { openZip, syncFile } from '../backups/zipParts';
import type { ZipEntryReader } from '../backups/zipParts';
import { NotAPackage, WrongPassword, decryptFile, isEncrypted } from './packageCipher';
import { PACKAGE_DATA_ENTRY, PACKAGE_DATA_LIMIT, PACKAGE_EVIDENCE_FOLDER, PACKAGE_FORMAT_VERSION, PACKAGE_MANIFEST_ENTRY, packageManifest, packageManifestHeader } from './packageFormat';
import type { PackageManifest } from './packageFormat';

export interface ReadPackageJob {
  filePath: string;
  /** The name the user knows the package by, for messages (an upload is staged under an id). */
  fileName: string;
  password?: string;
  /** A folder of the store's own (same disk) to stage a decrypted copy and, when `stageEvidence`, the evidence files in. */
  workDir: string;
  stageEvidence: boolean;
  progress?: SharedArrayBuffer;
}

export interface ReadPackage {
  manifest: PackageManifest;
  /** The records entry, checked against its hash. */
  data: string;
  /** Evidence staged under workDir, named by content hash, each whole and flushed; empty when not staged. */
  staged: { sha256: string; filePath: string }[];
  bytes: number;
}

const MANIFEST_LIMIT = 16 * 1024 * 1024;

/** Collects a small entry while it is hashed. */
function collector(chunks: Buffer[], limit: number): Writable {
  let size = 0;
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limit) callback(new Error(`more than ${limit} bytes`));
      else {
        chunks.push(chunk);
        callback();
      }
    },
  });
}

/**
 * Runs on a worker thread. Decrypts (when sealed) to a file beside the store, then checks the package the way an
 * import needs it: the manifest reads and its format is not newer than this app's, the entries are exactly the
 * manifest's parts, and every part has the size and SHA-256 the manifest gives. Evidence is streamed to staged
 * files as it is hashed; nothing is held whole except the records. Any refusal leaves nothing behind.
 */
export async function readPackage(job: ReadPackageJob): Promise<ReadPackage> {
  const file = job.fileName;
  const progress = new ProgressReporter(job.progress);
  fs.mkdirSync(job.workDir, { recursive: true });
  const decrypted = path.join(job.workDir, `.goi-${randomBytes(6).toString('hex')}.zip.tmp`);
  const staged: { sha256: string; filePath: string }[] = [];
  // Each staged file is flushed while the next parts are read; all are on disk before this returns.
  const flushes: Promise<void>[] = [];
  let zip: ZipEntryReader | undefined;
  const refuse = async (error: AppError) => {
    // No flush may still hold a file that is removed (Windows refuses to delete an open file).
    await Promise.allSettled(flushes);
    for (const entry of staged) fs.rmSync(entry.filePath, { force: true });
    return error;
  };
  try {
    let source = job.filePath;
    try {
      if (!fs.statSync(job.filePath).isFile()) throw new Error('not a file');
    } catch (error) {
      throw new AppError('NOT_FOUND', text('packages.errors.fileMissing', { file, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
    }
    if (isEncrypted(job.filePath)) {
      if (!job.password) throw new AppError('VALIDATION', text('packages.errors.passwordNeeded', { file }));
      try {
        await decryptFile(job.filePath, decrypted, job.password);
      } catch (error) {
        if (error instanceof WrongPassword) throw new AppError('VALIDATION', text('packages.errors.wrongPassword', { file }));
        if (error instanceof NotAPackage) throw new AppError('VALIDATION', text('packages.errors.notPackage', { file, detail: error.message }));
        throw error;
      }
      source = decrypted;
    }
    try {
      zip = await openZip(source);
    } catch (error) {
      throw new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: (error as Error).message }));
    }
    if (!zip.names.includes(PACKAGE_MANIFEST_ENTRY)) throw new AppError('VALIDATION', text('packages.errors.notPackage', { file, detail: PACKAGE_MANIFEST_ENTRY }));
    let raw: unknown;
    try {
      raw = JSON.parse((await zip.readSmall(PACKAGE_MANIFEST_ENTRY, MANIFEST_LIMIT)).toString('utf8'));
    } catch (error) {
      throw new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: (error as Error).message }));
    }
    const header = packageManifestHeader.safeParse(raw);
    if (!header.success) throw new AppError('VALIDATION', text('packages.errors.notPackage', { file, detail: PACKAGE_MANIFEST_ENTRY }));
    if (header.data.formatVersion > PACKAGE_FORMAT_VERSION) throw new AppError('CONFLICT', text('packages.errors.newerFormat', { file, version: header.data.formatVersion }));
    const parsed = packageManifest.safeParse(raw);
    if (!parsed.success) throw new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ') }));
    const manifest = parsed.data;
    const listed = manifest.parts.map((part) => part.name).sort();
    const present = zip.names.filter((name) => name !== PACKAGE_MANIFEST_ENTRY).sort();
    if (listed.join('\n') !== present.join('\n') || !listed.includes(PACKAGE_DATA_ENTRY)) {
      throw new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: PACKAGE_MANIFEST_ENTRY }));
    }
    progress.begin(manifest.parts.length, manifest.parts.reduce((sum, part) => sum + part.size, 0));
    let data = '';
    let bytes = 0;
    for (const part of manifest.parts) {
      const isEvidence = part.name.startsWith(`${PACKAGE_EVIDENCE_FOLDER}/`);
      if (!isEvidence && part.name !== PACKAGE_DATA_ENTRY) throw new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: part.name }));
      if (isEvidence && part.name !== `${PACKAGE_EVIDENCE_FOLDER}/${part.sha256}`) throw new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: part.name }));
      const chunks: Buffer[] = [];
      const stagedPath = path.join(job.workDir, `.${part.sha256}.${randomBytes(4).toString('hex')}.tmp`);
      let into: NodeJS.WritableStream | undefined;
      if (!isEvidence) into = collector(chunks, PACKAGE_DATA_LIMIT);
      else if (job.stageEvidence) {
        into = fs.createWriteStream(stagedPath, { flags: 'wx' });
        staged.push({ sha256: part.sha256, filePath: stagedPath });
      }
      let hashed: { sha256: string; size: number };
      try {
        hashed = await zip.hashEntry(part.name, into, progress);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: `${part.name}: ${(error as Error).message}` }));
      }
      if (hashed.sha256 !== part.sha256 || hashed.size !== part.size) throw new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: `${part.name}: SHA-256` }));
      if (isEvidence && job.stageEvidence) {
        const flushed = syncFile(stagedPath);
        // Awaited below, or settled by refuse(); a failure meanwhile must not go unhandled.
        flushed.catch(() => undefined);
        flushes.push(flushed);
      }
      if (!isEvidence) data = Buffer.concat(chunks).toString('utf8');
      bytes += part.size;
    }
    await Promise.all(flushes);
    return { manifest, data, staged, bytes };
  } catch (error) {
    if (error instanceof AppError) throw await refuse(error);
    throw await refuse(new AppError('VALIDATION', text('packages.errors.damaged', { file, detail: (error as Error).message })));
  } finally {
    zip?.close();
    fs.rmSync(decrypted, { force: true });
  }
}

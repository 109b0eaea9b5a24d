import fs from 'node:fs';
import path from 'node:path';
import { AppError, text } from '../../api/errors';
import { ProgressReporter } from '../backups/operationProgress';
import { syncFile, syncFolder, writeZip } from '../backups/zipParts';
import { encryptFile } from './packageCipher';
import { PACKAGE_DATA_ENTRY, PACKAGE_EVIDENCE_FOLDER, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PACKAGE_MANIFEST_ENTRY } from './packageFormat';
import type { PackageManifest } from './packageFormat';

export interface WritePackageJob {
  folder: string;
  fileName: string;
  /** The records, already as the JSON text the package carries. */
  data: string;
  /** Evidence files by content hash, where they lie in the data folder. */
  evidence: { sha256: string; filePath: string }[];
  manifest: Omit<PackageManifest, 'format' | 'formatVersion' | 'parts'>;
  password?: string;
  progress?: SharedArrayBuffer;
}

export interface WrittenPackage {
  filePath: string;
  size: number;
  manifest: PackageManifest;
}

/**
 * Runs on a worker thread. The records and the evidence are streamed into a zip with a manifest of SHA-256s
 * (writeZip, as for backups), encrypted whole when a password is given, and only then renamed to the package's
 * name: a failure or a cancel leaves no file behind.
 */
export async function writePackage(job: WritePackageJob): Promise<WrittenPackage> {
  fs.mkdirSync(job.folder, { recursive: true });
  const target = path.join(job.folder, job.fileName);
  const dataFile = path.join(job.folder, `.${job.fileName}.du-lieu.tmp`);
  const zipFile = path.join(job.folder, `.${job.fileName}.tmp`);
  const sealed = path.join(job.folder, `.${job.fileName}.ma-hoa.tmp`);
  const progress = new ProgressReporter(job.progress);
  let manifest: PackageManifest | undefined;
  try {
    fs.writeFileSync(dataFile, job.data, { encoding: 'utf8', flag: 'wx' });
    const parts = [{ name: PACKAGE_DATA_ENTRY, filePath: dataFile }, ...job.evidence.map((file) => ({ name: `${PACKAGE_EVIDENCE_FOLDER}/${file.sha256}`, filePath: file.filePath }))];
    await writeZip(zipFile, parts, PACKAGE_MANIFEST_ENTRY, (hashed) => {
      manifest = { format: PACKAGE_FORMAT, formatVersion: PACKAGE_FORMAT_VERSION, ...job.manifest, parts: [...hashed].sort((a, b) => (a.name < b.name ? -1 : 1)) };
      return manifest;
    }, progress);
    progress.throwIfCancelled();
    let finished = zipFile;
    if (job.password) {
      await encryptFile(zipFile, sealed, job.password);
      await syncFile(sealed);
      finished = sealed;
    }
    fs.renameSync(finished, target);
    syncFolder(job.folder);
    return { filePath: target, size: fs.statSync(target).size, manifest: manifest! };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('CONFLICT', text('packages.errors.fileMissing', { file: target, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  } finally {
    for (const temporary of [dataFile, zipFile, sealed]) fs.rmSync(temporary, { force: true });
  }
}

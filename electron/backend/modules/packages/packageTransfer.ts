import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PackageChunk, PackageUpload } from '../../../shared/contract/packages';
import { AppError, text } from '../../api/errors';
import { defaultPackageFolder } from './exportPackage';

/**
 * A package the user picked reaches the back end in chunks (the same API call in the browser and the desktop
 * app), appended to a staging file beside the store; preview and import then read that file by its id. The
 * renderer never names a path on this laptop. Staged uploads live until their import succeeds, or the next start.
 */
const uploadsOf = (dataDir: string) => path.join(dataDir, '.goi-tai-len');
const stagedFile = (dataDir: string, uploadId: string) => path.join(uploadsOf(dataDir), `${uploadId}.zip`);
const detailsFile = (dataDir: string, uploadId: string) => path.join(uploadsOf(dataDir), `${uploadId}.json`);

/** The largest package accepted: far above a year's result with its evidence, far below a full disk. */
export const PACKAGE_UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024 * 1024;
/** What one download answer carries; an upload chunk may be as large. */
export const PACKAGE_CHUNK_BYTES = 4 * 1024 * 1024;
const MB = 1024 * 1024;
const megabytes = (bytes: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(Math.ceil((bytes / MB) * 10) / 10);

interface UploadDetails {
  fileName: string;
  size: number;
}

export interface UploadChunk {
  uploadId?: string;
  fileName: string;
  size: number;
  offset: number;
  base64: string;
}

/** Uploads cut short by a restart: their client is gone. */
export function removeStagedUploads(dataDir: string): void {
  fs.rmSync(uploadsOf(dataDir), { recursive: true, force: true });
}

function readDetails(dataDir: string, uploadId: string): UploadDetails {
  try {
    return JSON.parse(fs.readFileSync(detailsFile(dataDir, uploadId), 'utf8')) as UploadDetails;
  } catch {
    throw new AppError('NOT_FOUND', text('packages.errors.uploadMissing'));
  }
}

const receivedBytes = (dataDir: string, uploadId: string) => fs.statSync(stagedFile(dataDir, uploadId), { throwIfNoEntry: false })?.size ?? 0;

/** Appends one chunk at the offset the staged file has reached; the first chunk (no id) opens a new upload. */
export function receiveChunk(dataDir: string, chunk: UploadChunk): PackageUpload {
  if (chunk.size > PACKAGE_UPLOAD_LIMIT_BYTES) {
    throw new AppError('VALIDATION', text('packages.errors.tooLarge', { file: chunk.fileName, size: megabytes(chunk.size), limit: megabytes(PACKAGE_UPLOAD_LIMIT_BYTES) }));
  }
  const uploadId = chunk.uploadId ?? randomUUID();
  if (chunk.uploadId === undefined) {
    if (chunk.offset !== 0) throw new AppError('CONFLICT', text('packages.errors.uploadGap', { file: chunk.fileName }));
    fs.mkdirSync(uploadsOf(dataDir), { recursive: true });
    fs.writeFileSync(detailsFile(dataDir, uploadId), JSON.stringify({ fileName: chunk.fileName, size: chunk.size } satisfies UploadDetails), { flag: 'wx' });
    fs.writeFileSync(stagedFile(dataDir, uploadId), new Uint8Array(), { flag: 'wx' });
  }
  const details = readDetails(dataDir, uploadId);
  const bytes = Buffer.from(chunk.base64, 'base64');
  const received = receivedBytes(dataDir, uploadId);
  if (details.fileName !== chunk.fileName || details.size !== chunk.size || chunk.offset !== received || received + bytes.length > details.size) {
    throw new AppError('CONFLICT', text('packages.errors.uploadGap', { file: chunk.fileName }));
  }
  fs.appendFileSync(stagedFile(dataDir, uploadId), bytes);
  const total = received + bytes.length;
  return { uploadId, received: total, complete: total === details.size };
}

/** The staged file of a whole upload, with the name the user picked (for messages). */
export function stagedPackage(dataDir: string, uploadId: string): { filePath: string; fileName: string } {
  const details = readDetails(dataDir, uploadId);
  if (receivedBytes(dataDir, uploadId) !== details.size) throw new AppError('CONFLICT', text('packages.errors.uploadGap', { file: details.fileName }));
  return { filePath: stagedFile(dataDir, uploadId), fileName: details.fileName };
}

/** Done with an upload (imported): its staged copy goes. */
export function removeUpload(dataDir: string, uploadId: string): void {
  for (const file of [stagedFile(dataDir, uploadId), detailsFile(dataDir, uploadId)]) fs.rmSync(file, { force: true });
}

/** A chunk of a package this laptop wrote into its packages folder, for the renderer to download or save. */
export function packageChunk(dataDir: string, fileName: string, offset: number): PackageChunk {
  const filePath = path.join(defaultPackageFolder(dataDir), fileName);
  let handle: number;
  try {
    handle = fs.openSync(filePath, 'r');
  } catch {
    throw new AppError('NOT_FOUND', text('packages.errors.fileMissing', { file: fileName, detail: 'ENOENT' }));
  }
  try {
    const size = fs.fstatSync(handle).size;
    const buffer = Buffer.alloc(Math.max(0, Math.min(PACKAGE_CHUNK_BYTES, size - offset)));
    const read = buffer.length === 0 ? 0 : fs.readSync(handle, buffer, 0, buffer.length, offset);
    return { fileName, size, offset, base64: buffer.subarray(0, read).toString('base64'), done: offset + read >= size };
  } finally {
    fs.closeSync(handle);
  }
}

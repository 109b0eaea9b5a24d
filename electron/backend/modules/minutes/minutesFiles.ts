import fs from 'node:fs/promises';
import path from 'node:path';
import type { issuedMinutes } from '../../../../db/schema';
import { AppError, text } from '../../api/errors';
import { sha256Hex } from './minutesContent';

type IssuedRow = Pick<typeof issuedMinutes.$inferSelect, 'year' | 'documentCode'>;

/**
 * Every issued PDF is kept under the data folder: minutes/<year>/<NN>-BB-<code>.pdf, and each
 * digitally signed version beside it as <NN>-BB-<code>.ky-<n>.pdf. Nothing is ever overwritten.
 */
export function minutesFilePath(dataDir: string, row: IssuedRow, signatureSequence = 0): string {
  const base = row.documentCode.replace(/[^\p{L}\d-]+/gu, '-');
  return path.join(dataDir, 'minutes', String(row.year), signatureSequence === 0 ? `${base}.pdf` : `${base}.ky-${signatureSequence}.pdf`);
}

/** The content the issued PDF was made from, as canonical JSON beside it (its hash is the one recorded at issue). */
export function minutesContentPath(dataDir: string, row: IssuedRow): string {
  return minutesFilePath(dataDir, row).replace(/\.pdf$/, '.content.json');
}

/** The name offered when saving: "Bien-ban-01-BB-UBND.pdf", ASCII so every file system and browser keeps it. */
export function minutesDownloadName(row: IssuedRow, signatureSequence = 0): string {
  const base = row.documentCode.replace(/[^A-Za-z\d-]+/g, '-');
  return `Bien-ban-${base}${signatureSequence === 0 ? '' : `-da-ky-${signatureSequence}`}.pdf`;
}

/** Writes a new file, refusing to replace one that exists; the data is flushed before the store records it. */
export async function writeNewMinutesFile(filePath: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  const handle = await fs.open(filePath, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function removeMinutesFile(filePath: string): Promise<void> {
  await fs.rm(filePath, { force: true });
}

/** Reads a kept PDF and checks it is still the file that was issued or signed. */
export async function readMinutesFile(filePath: string, expectedSha256: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch {
    throw new AppError('NOT_FOUND', text('errors.minutes.fileMissing', { file: path.basename(filePath) }));
  }
  if (sha256Hex(bytes) !== expectedSha256) {
    throw new AppError(
      'CONFLICT',
      text('errors.minutes.fileAltered', { file: path.basename(filePath) }),
    );
  }
  return bytes;
}

export async function fileMatches(filePath: string, expectedSha256: string): Promise<boolean> {
  try {
    return sha256Hex(await fs.readFile(filePath)) === expectedSha256;
  } catch {
    return false;
  }
}

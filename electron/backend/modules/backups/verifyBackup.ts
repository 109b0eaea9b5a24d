import fs from 'node:fs';
import path from 'node:path';
import type { LocalizedText } from '../../../shared/i18n/catalog';
import { AppError, text } from '../../api/errors';
import { BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, backupManifest, manifestHeader } from './backupFormat';
import type { BackupManifest, ManifestPart } from './backupFormat';
import type { ProgressReporter } from './operationProgress';
import { openZip } from './zipParts';
import type { ZipEntryReader } from './zipParts';
import type { HashedRange } from './writtenPartHashes';

const MANIFEST_LIMIT = 64 * 1024 * 1024;

async function openBackupZip(filePath: string): Promise<ZipEntryReader> {
  try {
    return await openZip(filePath);
  } catch {
    throw new AppError('VALIDATION', text('errors.backup.notABackup', { file: path.basename(filePath) }));
  }
}

/** The manifest, refusing a file from a newer format or a newer schema before anything else is read. */
async function manifestOf(zip: ZipEntryReader, fileName: string, supportedSchemaVersion: number): Promise<BackupManifest> {
  let raw: unknown;
  try {
    raw = JSON.parse((await zip.readSmall(MANIFEST_ENTRY, MANIFEST_LIMIT)).toString('utf8'));
  } catch {
    throw new AppError('VALIDATION', text('errors.backup.notABackup', { file: fileName }));
  }
  const header = manifestHeader.safeParse(raw);
  if (!header.success) throw new AppError('VALIDATION', text('errors.backup.notABackup', { file: fileName }));
  if (header.data.formatVersion > BACKUP_FORMAT_VERSION) throw new AppError('CONFLICT', text('errors.backup.newerFormat', { file: fileName, version: header.data.formatVersion }));
  const manifest = backupManifest.safeParse(raw);
  if (!manifest.success) throw new AppError('VALIDATION', text('errors.backup.notABackup', { file: fileName }));
  if (manifest.data.schemaVersion > supportedSchemaVersion) throw new AppError('CONFLICT', text('errors.backup.newerSchema', { file: fileName, appVersion: manifest.data.appVersion }));
  return manifest.data;
}

/**
 * Reads only the manifest (for the list of backups, a backup's bases, the rotation); the parts are not checked.
 * Without `supportedSchemaVersion` a store of any schema is accepted: only the file's parts are wanted then.
 */
export async function readBackupManifest(filePath: string, supportedSchemaVersion = Number.POSITIVE_INFINITY): Promise<BackupManifest> {
  const zip = await openBackupZip(filePath);
  try {
    return await manifestOf(zip, path.basename(filePath), supportedSchemaVersion);
  } finally {
    zip.close();
  }
}

export interface VerifyOptions {
  supportedSchemaVersion: number;
  /** Each part's bytes may also be streamed somewhere (a restore extracts while it checks). */
  extractTo?: (partName: string) => NodeJS.WritableStream | undefined;
  progress?: ProgressReporter;
  /**
   * The parts of a backup just written, read back and hashed as they were written (WrittenPartHashes): each is
   * taken for the entry only where the finished zip places that entry's bytes exactly there.
   */
  hashedWhileWriting?: ReadonlyMap<string, HashedRange>;
}

/** The read-back hash of an entry, if it covers the very bytes the zip's directory gives for it. */
function hashOfRange(zip: ZipEntryReader, name: string, hashed: ReadonlyMap<string, HashedRange>): { sha256: string; size: number } | undefined {
  const range = zip.storedRange(name);
  const read = hashed.get(name);
  return read && read.start === range.start && read.size === range.size ? read : undefined;
}

/**
 * The backups a version-2 backup takes parts from (its bases, beside it in the folder), each opened once. A part
 * is taken from a base only if the base's own manifest lists it with the same size and SHA-256 and the base holds
 * it itself (never a chain); a restore also reads it from there and checks its SHA-256 like any part.
 */
class BaseBackups {
  private readonly opened = new Map<string, Promise<{ zip: ZipEntryReader; held: Set<string>; parts: Map<string, ManifestPart> }>>();

  constructor(
    private readonly folder: string,
    private readonly fileName: string,
  ) {}

  private refusal(base: string, detail: LocalizedText): AppError {
    return new AppError('VALIDATION', text('errors.backup.baseDamaged', { file: this.fileName, base, detail }));
  }

  private open(base: string) {
    let opening = this.opened.get(base);
    if (!opening) {
      opening = (async () => {
        const basePath = path.join(this.folder, base);
        if (!fs.existsSync(basePath)) throw new AppError('VALIDATION', text('errors.backup.baseMissing', { file: this.fileName, base }));
        let zip: ZipEntryReader | undefined;
        try {
          zip = await openZip(basePath);
          // The base's store is never restored from it, only its parts are taken: any schema will do.
          const manifest = await manifestOf(zip, base, Number.POSITIVE_INFINITY);
          return { zip, held: new Set(zip.names), parts: new Map(manifest.parts.map((part) => [part.name, part])) };
        } catch {
          zip?.close();
          throw this.refusal(base, text('errors.backup.baseUnreadable'));
        }
      })();
      // Awaited by check(); one base failing must not leave the rejection unhandled until then.
      opening.catch(() => undefined);
      this.opened.set(base, opening);
    }
    return opening;
  }

  /** Refuses `part` unless its base lists and holds it itself, with the size and SHA-256 this backup's manifest gives. */
  async check(part: ManifestPart & { in: string }): Promise<void> {
    const { held, parts } = await this.open(part.in);
    const listed = parts.get(part.name);
    if (!listed || listed.in !== undefined || !held.has(part.name)) throw this.refusal(part.in, text('errors.backup.partMissing', { part: part.name }));
    if (listed.size !== part.size || listed.sha256 !== part.sha256) throw this.refusal(part.in, text('errors.backup.partChanged', { part: part.name }));
  }

  /** Streams a checked part from its base into `into`, refusing bytes that do not match the manifest. */
  async extract(part: ManifestPart & { in: string }, into: NodeJS.WritableStream, progress?: ProgressReporter): Promise<void> {
    const { zip } = await this.open(part.in);
    let actual: { sha256: string; size: number } | undefined;
    try {
      actual = await zip.hashEntry(part.name, into, progress);
    } catch {
      actual = undefined;
    }
    if (actual?.sha256 !== part.sha256 || actual.size !== part.size) throw this.refusal(part.in, text('errors.backup.partChanged', { part: part.name }));
  }

  async close(): Promise<void> {
    for (const opening of this.opened.values()) (await opening.catch(() => undefined))?.zip.close();
  }
}

const heldElsewhere = (part: ManifestPart): part is ManifestPart & { in: string } => part.in !== undefined;

/**
 * Checks a backup file whole: a manifest this app understands, every listed part present with its SHA-256,
 * nothing unlisted. Without extraction it is one read of the file: each part read in place from the offsets the
 * central directory gives, its SHA-256 against the manifest; a backup just written brings those read-back hashes
 * with it (`hashedWhileWriting`). A part held by a base (version 2) must be listed and held by that base with the
 * same size and SHA-256; only a restore (extraction) reads its bytes there. Throws the Vietnamese refusal naming
 * what is wrong.
 */
export async function verifyBackupFile(filePath: string, options: VerifyOptions): Promise<BackupManifest> {
  const fileName = path.basename(filePath);
  const zip = await openBackupZip(filePath);
  const bases = new BaseBackups(path.dirname(filePath), fileName);
  try {
    const manifest = await manifestOf(zip, fileName, options.supportedSchemaVersion);
    const listed = new Set(manifest.parts.filter((part) => !heldElsewhere(part)).map((part) => part.name));
    const present = new Set(zip.names);
    options.progress?.begin(manifest.parts.length, manifest.parts.reduce((sum, part) => sum + part.size, 0));
    const unlisted = zip.names.find((name) => name !== MANIFEST_ENTRY && !listed.has(name));
    if (unlisted) throw new AppError('VALIDATION', text('errors.backup.damaged', { file: fileName, detail: text('errors.backup.partUnlisted', { part: unlisted }) }));
    for (const part of manifest.parts) {
      if (heldElsewhere(part)) {
        await bases.check(part);
        const into = options.extractTo?.(part.name);
        if (into) await bases.extract(part, into, options.progress);
        continue;
      }
      if (!present.has(part.name)) throw new AppError('VALIDATION', text('errors.backup.damaged', { file: fileName, detail: text('errors.backup.partMissing', { part: part.name }) }));
      let actual: { sha256: string; size: number } | undefined;
      try {
        const into = options.extractTo?.(part.name);
        if (into) actual = await zip.hashEntry(part.name, into, options.progress);
        else if (options.hashedWhileWriting) actual = hashOfRange(zip, part.name, options.hashedWhileWriting);
        else actual = zip.hashStoredEntry(part.name, options.progress);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('VALIDATION', text('errors.backup.damaged', { file: fileName, detail: text('errors.backup.partChanged', { part: part.name }) }));
      }
      if (actual?.sha256 !== part.sha256 || actual.size !== part.size) {
        throw new AppError('VALIDATION', text('errors.backup.damaged', { file: fileName, detail: text('errors.backup.partChanged', { part: part.name }) }));
      }
    }
    return manifest;
  } finally {
    zip.close();
    await bases.close();
  }
}

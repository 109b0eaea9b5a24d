import fs from 'node:fs';
import path from 'node:path';
import { STORE_FILE_NAME } from '../../../../db/store';
import { STORE_ENTRY } from './backupFormat';
import { syncFolder } from '../evidence/evidenceFiles';

/**
 * A restore is staged in <data folder>/.khoi-phuc-<id>/ (the store, evidence and minutes from the backup,
 * verified and flushed), then committed by writing the marker file naming that folder. From the marker on,
 * the swap is finished by whoever gets there first: the restore itself, or the next start after a crash.
 * Without the marker a staging folder is a restore that never committed, and is deleted.
 */
const MARKER_FILE = 'khoi-phuc.json';
export const STAGING_PREFIX = '.khoi-phuc-';

const markerPath = (dataDir: string) => path.join(dataDir, MARKER_FILE);

export function commitRestore(dataDir: string, stagingDir: string): void {
  const temporary = `${markerPath(dataDir)}.tmp`;
  const handle = fs.openSync(temporary, 'w');
  try {
    fs.writeSync(handle, JSON.stringify({ staging: path.basename(stagingDir) }));
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(temporary, markerPath(dataDir));
  syncFolder(dataDir);
}

function moveEvidence(stagedRoot: string, liveRoot: string): void {
  if (!fs.existsSync(stagedRoot)) return;
  for (const entry of fs.readdirSync(stagedRoot, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const staged = path.join(entry.parentPath, entry.name);
    const live = path.join(liveRoot, path.relative(stagedRoot, staged));
    // Evidence is stored under its SHA-256: a file already there has the same bytes.
    if (fs.existsSync(live)) continue;
    fs.mkdirSync(path.dirname(live), { recursive: true });
    fs.renameSync(staged, live);
  }
}

/** The minutes folder is replaced whole: a later minutes number must not collide with a file of the replaced store. */
function swapMinutes(stagedMinutes: string, liveMinutes: string): void {
  const previous = `${liveMinutes}.truoc-khoi-phuc`;
  if (fs.existsSync(stagedMinutes)) {
    if (fs.existsSync(liveMinutes)) {
      fs.rmSync(previous, { recursive: true, force: true });
      fs.renameSync(liveMinutes, previous);
    }
    fs.renameSync(stagedMinutes, liveMinutes);
  }
  fs.rmSync(previous, { recursive: true, force: true });
}

function swapStore(stagedStore: string, liveStore: string): void {
  if (!fs.existsSync(stagedStore)) return;
  // The replaced store's WAL must not be replayed into the restored one.
  fs.rmSync(`${liveStore}-wal`, { force: true });
  fs.rmSync(`${liveStore}-shm`, { force: true });
  fs.renameSync(stagedStore, liveStore);
}

/** Finishes a committed restore (each step can run again after a crash) and removes uncommitted staging folders. Store closed. */
export function finishRestore(dataDir: string, fileName = STORE_FILE_NAME): boolean {
  let staging: string | null = null;
  try {
    staging = (JSON.parse(fs.readFileSync(markerPath(dataDir), 'utf8')) as { staging: string }).staging;
  } catch {
    staging = null;
  }
  const finished = staging !== null && path.basename(staging) === staging && staging.startsWith(STAGING_PREFIX);
  if (finished) {
    const stagingDir = path.join(dataDir, staging!);
    moveEvidence(path.join(stagingDir, 'evidence'), path.join(dataDir, 'evidence'));
    swapMinutes(path.join(stagingDir, 'minutes'), path.join(dataDir, 'minutes'));
    swapStore(path.join(stagingDir, STORE_ENTRY), path.join(dataDir, fileName));
    syncFolder(dataDir);
  }
  fs.rmSync(markerPath(dataDir), { force: true });
  fs.rmSync(`${markerPath(dataDir)}.tmp`, { force: true });
  let names: string[] = [];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    names = [];
  }
  for (const name of names) if (name.startsWith(STAGING_PREFIX)) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
  return finished;
}

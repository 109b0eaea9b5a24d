import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as z from 'zod';

/**
 * This laptop's own settings, kept beside the store rather than in it: its identity (a UUID made once and a
 * name the user gives) and where it writes backups. A restored store, perhaps from another laptop, changes neither.
 */
const MACHINE_FILE = 'may-nay.json';

const machineFile = z
  .object({
    machineId: z.uuid().optional(),
    machineName: z.string().min(1).optional(),
    backupFolder: z.string().min(1).optional(),
  })
  .loose();
export type MachineFile = z.infer<typeof machineFile>;

export interface MachineIdentity {
  id: string;
  name: string;
}

export function readMachineFile(dataDir: string): MachineFile {
  try {
    const parsed = machineFile.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, MACHINE_FILE), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Written beside, flushed and renamed: a crash leaves the old settings or the new ones. */
export function updateMachineFile(dataDir: string, change: Partial<MachineFile>): MachineFile {
  const next = { ...readMachineFile(dataDir), ...change };
  const target = path.join(dataDir, MACHINE_FILE);
  const temporary = `${target}.tmp`;
  const handle = fs.openSync(temporary, 'w');
  try {
    fs.writeSync(handle, JSON.stringify(next, null, 2));
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(temporary, target);
  return next;
}

/** The laptop's identity, made on first use: a new UUID, named after the computer until the user renames it. */
export function machineIdentity(dataDir: string): MachineIdentity {
  let file = readMachineFile(dataDir);
  if (!file.machineId || !file.machineName) {
    file = updateMachineFile(dataDir, { machineId: file.machineId ?? randomUUID(), machineName: file.machineName ?? os.hostname() });
  }
  return { id: file.machineId!, name: file.machineName! };
}

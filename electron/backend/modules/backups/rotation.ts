import { addDays, localDateOf, weekdayOf } from '../../../shared/dates';
import { newestBackupFirst } from './backupFormat';

export interface DatedBackup {
  fileName: string;
  /** ISO instant the backup was taken. */
  createdAt: string;
  /** The backups it takes parts from (format version 2); none for a self-contained one. */
  basedOn?: readonly string[];
}

/** How many of each period keep their newest backup. */
export const retention = { daily: 7, weekly: 4, monthly: 12 } as const;

/** The Monday (yyyy-MM-dd) of the week a calendar date falls in. */
function weekOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/**
 * The backups to keep: `protect`, and the newest of each of the 7 most recent days, 4 most recent weeks and 12 most
 * recent months that have a backup (days in Asia/Ho_Chi_Minh). A backup that is the newest of several periods
 * counts in each. Every backup a kept one takes parts from is kept with it: without it the kept one cannot be restored.
 */
export function backupsToKeep(backups: readonly DatedBackup[], protect: readonly string[] = []): Set<string> {
  const newestFirst = [...backups].sort(newestBackupFirst);
  const keep = new Set<string>(protect);
  const periods: [(date: string) => string, number][] = [
    [(date) => date, retention.daily],
    [weekOf, retention.weekly],
    [(date) => date.slice(0, 7), retention.monthly],
  ];
  for (const [periodOf, count] of periods) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const period = periodOf(localDateOf(new Date(backup.createdAt)));
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(backup.fileName);
    }
  }
  const basesOf = new Map(backups.map((backup) => [backup.fileName, backup.basedOn ?? []]));
  const pending = [...keep];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const base of basesOf.get(name) ?? []) {
      if (keep.has(base)) continue;
      keep.add(base);
      pending.push(base);
    }
  }
  return keep;
}

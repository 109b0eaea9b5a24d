import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../electron/backend/modules/backups/backupFormat';
import { backupsToKeep } from '../../electron/backend/modules/backups/rotation';

/** A fake clock: one backup a day at 08:30 in Hà Nội (01:30 UTC) for `days` days from `first`. */
function dailyBackups(first: string, days: number) {
  const start = new Date(`${first}T01:30:00Z`).getTime();
  return Array.from({ length: days }, (_, day) => {
    const createdAt = new Date(start + day * 86_400_000);
    return { fileName: backupFileName(createdAt), createdAt: createdAt.toISOString() };
  });
}

const keptDates = (backups: { fileName: string; createdAt: string }[]) => {
  const keep = backupsToKeep(backups);
  return backups.filter((backup) => keep.has(backup.fileName)).map((backup) => backup.createdAt.slice(0, 10));
};

describe('backup rotation: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps every backup while there are fewer than seven days of them', () => {
    const backups = dailyBackups('2026-03-01', 5);
    expect(backupsToKeep(backups).size).toBe(5);
  });

  it('after two years of daily backups keeps the last 7 days, the newest of 4 weeks and of 12 months', () => {
    const backups = dailyBackups('2025-01-01', 730); // up to 2026-12-31 (a Thursday)
    const kept = keptDates(backups);
    // Daily: 25–31 Dec. Weekly (weeks from Monday): 28 Dec's week is in the daily set already, then the Sundays 27, 20, 13 Dec.
    // Monthly: the last day of each month from Jan to Dec 2026 (31 Dec already kept).
    expect(kept).toEqual([
      '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31',
      '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-13', '2026-12-20', '2026-12-25', '2026-12-26', '2026-12-27',
      '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31',
    ]);
  });

  it('counts days in Asia/Ho_Chi_Minh: 23:30 UTC is already the next day there', () => {
    const evening = { fileName: 'a', createdAt: '2026-05-10T16:30:00.000Z' }; // 23:30 on 10 May in Hà Nội
    const lateUtc = { fileName: 'b', createdAt: '2026-05-10T17:30:00.000Z' }; // 00:30 on 11 May in Hà Nội
    const earlier = { fileName: 'c', createdAt: '2026-05-10T10:00:00.000Z' }; // 17:00 on 10 May
    const keep = backupsToKeep([earlier, evening, lateUtc]);
    expect([...keep].sort()).toEqual(['a', 'b']);
  });

  it('keeps the newest of the day when several were taken on one day', () => {
    const day = ['2026-05-10T01:00:00.000Z', '2026-05-10T05:00:00.000Z', '2026-05-10T09:00:00.000Z'].map((createdAt, i) => ({ fileName: `f${i}`, createdAt }));
    expect([...backupsToKeep(day)]).toEqual(['f2']);
  });

  it('of two backups in the same second, keeps the later attempt (…Z-1.zip), the one just written', () => {
    const createdAt = '2026-05-10T02:00:00.000Z';
    const first = { fileName: backupFileName(new Date(createdAt)), createdAt };
    const second = { fileName: backupFileName(new Date(createdAt), 1), createdAt };
    expect([...backupsToKeep([first, second])]).toEqual([second.fileName]);
  });

  it('keeps every backup a kept backup takes parts from, however old, and drops it once nothing kept refers to it', () => {
    const backups = dailyBackups('2026-01-01', 100); // 1 Jan to 10 Apr
    const base = backups[9]!; // 10 Jan: neither the newest of its month nor of a recent week
    expect(backupsToKeep(backups).has(base.fileName)).toBe(false);
    const referring = { ...backups.at(-1)!, basedOn: [base.fileName] };
    const withReference = [...backups.slice(0, -1), referring];
    const kept = backupsToKeep(withReference);
    expect(kept.has(base.fileName)).toBe(true);
    expect(kept.size).toBe(backupsToKeep(backups).size + 1);
    // A referring backup rotated out (the day has a newer one) holds nothing back.
    const newerThatDay = { fileName: backupFileName(new Date(new Date(referring.createdAt).getTime() + 3_600_000)), createdAt: new Date(new Date(referring.createdAt).getTime() + 3_600_000).toISOString() };
    const keptLater = backupsToKeep([...withReference, newerThatDay]);
    expect(keptLater.has(referring.fileName)).toBe(false);
    expect(keptLater.has(base.fileName)).toBe(false);
    // A backup kept on purpose (the one being restored) keeps its base too.
    expect(backupsToKeep([...withReference, newerThatDay], [referring.fileName]).has(base.fileName)).toBe(true);
  });
});

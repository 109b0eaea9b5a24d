import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { snapshotStore } from '../../electron/backend/modules/backups/storeSnapshot';
import { makeTempDir } from '../support/tempBackend';

/** A WAL store of about 8 MiB (some 2,000 pages), as the app keeps it, with a table written in pairs. */
function busyStore(folder: string): Database.Database {
  const db = new Database(path.join(folder, 'store.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec('create table notes (id integer primary key, body text); create table pairs (id integer primary key, side text)');
  const insert = db.prepare('insert into notes (body) values (?)');
  db.transaction(() => {
    for (let n = 0; n < 2_000; n++) insert.run(`Ghi chú kiểm tra số ${n} `.repeat(100));
  })();
  return db;
}

describe('the store copy of a backup', () => {
  it('is finished while the app writes between every step of the copy, and holds one moment of the store', async () => {
    const folder = makeTempDir();
    const app = busyStore(folder);
    const writePair = app.transaction((n: number) => {
      app.prepare("insert into pairs (id, side) values (?, 'a')").run(2 * n);
      app.prepare("insert into pairs (id, side) values (?, 'b')").run(2 * n + 1);
    });
    const target = path.join(folder, 'copy.sqlite');
    let copied = false;
    const copying = snapshotStore(path.join(folder, 'store.sqlite'), target).finally(() => {
      copied = true;
    });
    // The copy takes its steps on this thread's loop; a write from another connection lands between any two.
    // Each such write makes SQLite start the copy again, so copied in small steps it would never end.
    let writes = 0;
    const giveUpAt = Date.now() + 10_000;
    while (!copied && Date.now() < giveUpAt) {
      writePair(writes++);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(copied).toBe(true);
    await copying;
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect((copy.prepare('select count(*) as n from notes').get() as { n: number }).n).toBe(2_000);
    const sides = copy.prepare('select side, count(*) as n from pairs group by side order by side').all() as { side: string; n: number }[];
    copy.close();
    app.close();
    // Both rows of a pair are written in one transaction: the copy has both or neither.
    expect(new Set(sides.map((side) => side.n)).size).toBeLessThanOrEqual(1);
    expect(writes).toBeGreaterThan(0);
  });
});

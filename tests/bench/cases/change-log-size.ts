import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { addPerson, longChecklist, startSampleAudit, unitIdOf } from '../../support/fixtures/auditsFixture';
import { makeTempDir, startTestBackend } from '../../support/tempBackend';
import type { TestBackend } from '../../support/tempBackend';
import type { BenchCase } from '../benchCase';

const AUDITS = 6;
const ITEMS = 300;
const FINDINGS_PER_AUDIT = 6;
const results = ['phu_hop', 'kph_nhe', 'diem_luu_y'] as const;

/** An audit as inspectors fill it: every item answered with a note, a third answered again, findings and their actions. */
async function inspect(backend: TestBackend, ownerPersonId: string): Promise<void> {
  const { auditId } = await startSampleAudit(backend, { sections: longChecklist(ITEMS) });
  const items = (await backend.call('audits.checklist', { auditId })).sections.flatMap((section) => section.items);
  const itemIds = items.map((item) => item.id);
  for (const [index, item] of items.entries()) {
    const itemId = item.id;
    const answer = item.answerType === 'conformity' ? { conformity: results[index % results.length] } : {};
    await backend.call('audits.saveResponse', { auditId, itemId, ...answer, note: `Đã xem hồ sơ số ${index + 1}` });
    if (index % 3 === 0) await backend.call('audits.saveResponse', { auditId, itemId, note: `Đã xem hồ sơ số ${index + 1}, bổ sung biên nhận` });
  }
  for (let number = 0; number < FINDINGS_PER_AUDIT; number++) {
    const finding = await backend.call('findings.create', { auditId, findingClass: 'kph_nhe', itemId: itemIds[number], description: `Hồ sơ thủ tục số ${number + 1} trả kết quả trễ hạn`, requiresAction: true });
    await backend.call('actions.create', { findingId: finding.id, ownerUnitId: unitIdOf(backend.store, 'VP'), ownerPersonId, actionPlan: 'Rà soát, nhắc hạn hằng tuần và báo cáo Văn phòng', dueDate: '2026-12-30' });
  }
}

/** Bytes of the change log's b-trees (its tables, lookup tables and indexes) and of the whole store, after VACUUM. */
function changeLogBytes(file: string): { changeLog: number; store: number } {
  const sqlite = new Database(file);
  sqlite.exec('VACUUM');
  const bytes = (where: string) => (sqlite.prepare(`select coalesce(sum(pgsize), 0) as n from dbstat where ${where}`).get() as { n: number }).n;
  const changeLog = bytes("name in (select name from sqlite_master where tbl_name in ('change_log', 'change_log_actors', 'change_log_kinds'))");
  const store = bytes('1');
  sqlite.close();
  return { changeLog, store };
}

/**
 * The same entries as the previous format (before 0014–0016) stored them: a UUID text key with its index,
 * the instant as ISO text, who and what kind as strings on every entry, an index on (entity, entity id).
 */
function previousFormat(source: string): string {
  const copy = path.join(makeTempDir('change-log-before-'), 'store.sqlite');
  fs.copyFileSync(source, copy);
  const sqlite = new Database(copy);
  sqlite.exec(`
    CREATE TABLE change_log_previous (id text PRIMARY KEY NOT NULL, created_at text NOT NULL, actor_profile_id text, actor_name text NOT NULL,
      method text NOT NULL, entity text NOT NULL, entity_id text NOT NULL, action text NOT NULL, changes text, machine_id text);
    INSERT INTO change_log_previous
      SELECT l.id, strftime('%Y-%m-%dT%H:%M:%fZ', l.created_at / 1000.0, 'unixepoch'), a.profile_id, a.name, k.method, k.entity, l.entity_id, k.action, l.changes, a.machine_id
      FROM change_log l JOIN change_log_actors a ON a.id = l.actor_id JOIN change_log_kinds k ON k.id = l.kind_id ORDER BY l.seq;
    DROP TABLE change_log;
    DROP TABLE change_log_actors;
    DROP TABLE change_log_kinds;
    ALTER TABLE change_log_previous RENAME TO change_log;
    CREATE INDEX change_log_entity_idx ON change_log (entity, entity_id);
  `);
  sqlite.close();
  return copy;
}

const bench: BenchCase = {
  name: 'Change log: its share of a store filled through the API, beside the previous format',
  async run() {
    const backend = await startTestBackend();
    const ownerPersonId = addPerson(backend.store, 'Lê Văn Chủ Trì', { unitId: unitIdOf(backend.store, 'VP') });
    for (let audit = 0; audit < AUDITS; audit++) await inspect(backend, ownerPersonId);
    const entries = (backend.store.sqlite.prepare('select count(*) as n from change_log').get() as { n: number }).n;
    const file = backend.store.filePath;
    backend.close();
    const before = changeLogBytes(previousFormat(file));
    const after = changeLogBytes(file);
    const share = (sizes: { changeLog: number; store: number }) => `${((100 * sizes.changeLog) / sizes.store).toFixed(1)} %`;
    return {
      'entries': entries,
      'previous format: change log bytes': before.changeLog,
      'previous format: share of the store': share(before),
      'change log bytes': after.changeLog,
      'share of the store': share(after),
      'bytes per entry (previous format)': `${Math.round(after.changeLog / entries)} (${Math.round(before.changeLog / entries)})`,
      'change log size ratio (now / previous)': (after.changeLog / before.changeLog).toFixed(2),
    };
  },
};
export default bench;

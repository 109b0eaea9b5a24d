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

/** Bytes of each b-tree (tables and indexes) of the change log, after VACUUM. */
function changeLogBytes(file: string): { changeLog: number; store: number } {
  const sqlite = new Database(file);
  sqlite.exec('VACUUM');
  const bytes = (where: string) => (sqlite.prepare(`select coalesce(sum(pgsize), 0) as n from dbstat where ${where}`).get() as { n: number }).n;
  const changeLog = bytes("name in (select name from sqlite_master where tbl_name = 'change_log')");
  const store = bytes('1');
  sqlite.close();
  return { changeLog, store };
}

/** The same entries as the previous format stored them: answer entries repeated their audit's id, and an index on the time. */
function previousFormat(source: string): string {
  const copy = path.join(makeTempDir('change-log-before-'), 'store.sqlite');
  fs.copyFileSync(source, copy);
  const sqlite = new Database(copy);
  sqlite.exec('DROP TRIGGER change_log_no_update');
  sqlite.exec("UPDATE change_log SET changes = json_set(changes, '$.auditId', (SELECT audit_id FROM item_responses WHERE id = change_log.entity_id)) WHERE entity = 'item_response'");
  sqlite.exec('CREATE INDEX IF NOT EXISTS change_log_at_idx ON change_log (created_at)');
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

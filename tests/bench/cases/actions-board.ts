import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Store } from '../../../db/store';
import { actionStatuses, findingClasses } from '../../../electron/shared/contract/vocabulary';
import { addDays } from '../../../electron/shared/dates';
import { startTestBackend } from '../../support/tempBackend';
import { timed } from '../benchCase';
import type { BenchCase } from '../benchCase';

const YEARS = 10;
const FIRST_YEAR = 2017;
const AUDITS_PER_YEAR = 200;
const FINDINGS_PER_AUDIT = 12;
const ACTIONS = 50_000;

/** Ten years of a busy ward: 2 000 audits, 24 000 findings and 50 000 actions, written with prepared statements in one transaction. */
function insertTenYears(store: Store): { insertMs: number } {
  const start = performance.now();
  const sqlite = store.sqlite;
  const unitIds = (sqlite.prepare('select id from units').all() as { id: string }[]).map((u) => u.id);
  const insertPerson = sqlite.prepare('insert into people (id, full_name, unit_id, created_at, updated_at) values (?, ?, ?, ?, ?)');
  const insertTemplate = sqlite.prepare("insert into checklist_templates (id, code, name, purpose, created_at, updated_at) values (?, 'BENCH', 'Bench', 'ISO', ?, ?)");
  const insertVersion = sqlite.prepare("insert into checklist_versions (id, template_id, version, status, created_at) values (?, ?, 1, 'published', ?)");
  const insertAudit = sqlite.prepare(
    'insert into audits (id, kind, unit_id, template_version_id, title, start_date, end_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertFinding = sqlite.prepare(
    'insert into findings (id, audit_id, number, finding_class, description, requires_action, status, created_at, updated_at) values (?, ?, ?, ?, ?, 1, ?, ?, ?)',
  );
  const insertAction = sqlite.prepare(
    `insert into corrective_actions (id, finding_id, owner_unit_id, owner_person_id, correction, root_cause, action_plan, due_date, status, completion_evidence, created_at, updated_at, closed_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    const now = new Date().toISOString();
    const personIds = Array.from({ length: 200 }, (_, i) => {
      const id = randomUUID();
      insertPerson.run(id, `Cán bộ số ${i + 1}`, unitIds[i % unitIds.length], now, now);
      return id;
    });
    const templateId = randomUUID();
    insertTemplate.run(templateId, now, now);
    const versionId = randomUUID();
    insertVersion.run(versionId, templateId, now);
    const findingsList: { id: string; unitId: string; date: string; closedYear: boolean }[] = [];
    for (let y = 0; y < YEARS; y++) {
      const year = FIRST_YEAR + y;
      for (let a = 0; a < AUDITS_PER_YEAR; a++) {
        const auditId = randomUUID();
        const unitId = unitIds[a % unitIds.length]!;
        const kind = a % 2 === 0 ? 'CCHC' : 'ISO';
        const startDate = addDays(`${year}-03-01`, a);
        insertAudit.run(auditId, kind, unitId, versionId, `Kiểm tra ${kind} số ${a + 1} năm ${year}`, startDate, addDays(startDate, 1), now, now);
        for (let f = 0; f < FINDINGS_PER_AUDIT; f++) {
          const findingId = randomUUID();
          const closedYear = year < FIRST_YEAR + YEARS - 2;
          insertFinding.run(findingId, auditId, f + 1, findingClasses[f % findingClasses.length], `Phát hiện ${f + 1}: hồ sơ thủ tục hành chính chưa đầy đủ`, closedYear ? 'closed' : 'open', `${startDate}T03:00:00.000Z`, now);
          findingsList.push({ id: findingId, unitId, date: startDate, closedYear });
        }
      }
    }
    for (let i = 0; i < ACTIONS; i++) {
      const finding = findingsList[i % findingsList.length]!;
      const status = finding.closedYear ? 'da_xac_minh_hieu_qua' : actionStatuses[i % actionStatuses.length]!;
      const createdAt = `${finding.date}T04:00:00.000Z`;
      insertAction.run(
        randomUUID(),
        finding.id,
        finding.unitId,
        personIds[i % personIds.length],
        'Khắc phục ngay trong buổi kiểm tra',
        'Chưa phân công người theo dõi',
        `Kế hoạch số ${i}: phân công, kiểm tra hằng tuần và báo cáo Văn phòng`,
        addDays(finding.date, 15 + (i % 90)),
        status === 'khong_hieu_qua' ? 'dang_thuc_hien' : status,
        'Biên bản kiểm tra nội bộ',
        createdAt,
        createdAt,
        status === 'da_xac_minh_hieu_qua' ? `${addDays(finding.date, 40)}T04:00:00.000Z` : null,
      );
    }
  })();
  return { insertMs: Math.round(performance.now() - start) };
}

const bench: BenchCase = {
  name: 'Actions: coordinator board over 10 years (50 000 corrective actions)',
  async run() {
    const backend = await startTestBackend({ now: () => new Date('2026-11-20T03:00:00Z') });
    const { insertMs } = insertTenYears(backend.store);
    const check = async (input: Parameters<typeof backend.call<'actions.board'>>[1]) => backend.call('actions.board', input);
    const openBoard = await check({});
    const everything = await check({ status: 'all' });
    const defaultView = await timed(10, () => check({}));
    const allYears = await timed(5, () => check({ status: 'all' }));
    const oneYear = await timed(10, () => check({ year: 2026, status: 'all' }));
    const overdue = await timed(10, () => check({ due: 'overdue' }));
    const search = await timed(5, () => check({ search: 'ke hoach so 4999', status: 'all' }));
    const notice = await timed(10, () => backend.call('actions.dueNotice', {}));
    const exportYear = await timed(3, () => backend.call('actions.exportXlsx', { year: 2026, status: 'all' }));
    backend.close();
    return {
      'actions in store': everything.summary.total,
      'open actions': openBoard.summary.open,
      'insert 50 000 actions (one transaction) ms': insertMs,
      'board, open actions (default view) median ms': defaultView.medianMs,
      'board, open actions p95 ms': defaultView.p95Ms,
      'board, all 10 years, all statuses (first 2 000 rows) median ms': allYears.medianMs,
      'board, one year median ms': oneYear.medianMs,
      'board, overdue only median ms': overdue.medianMs,
      'board, search without diacritics over all years median ms': search.medianMs,
      'start-up notice median ms': notice.medianMs,
      'export one year to .xlsx median ms': exportYear.medianMs,
    };
  },
};
export default bench;

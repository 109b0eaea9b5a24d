import { BOARD_PAGE_ROWS } from '../../../electron/shared/contract/actions';
import { actionStatuses } from '../../../electron/shared/contract/vocabulary';
import { startTestBackend } from '../../support/tempBackend';
import { sampleCpuInTurn, sampleInTurn, sideBySide, timed } from '../benchCase';
import type { BenchCase } from '../benchCase';
import { insertTenYears } from '../seeds/tenYears';

const bench: BenchCase = {
  name: 'Actions: coordinator board over 10 years (50 000 corrective actions)',
  async run() {
    const backend = await startTestBackend({ now: () => new Date('2026-11-20T03:00:00Z') });
    const { insertMs } = insertTenYears(backend.store);
    const check = async (input: Parameters<typeof backend.call<'actions.board'>>[1]) => backend.call('actions.board', input);
    const openBoard = await check({});
    const everything = await check({ status: 'all' });
    const openView = await timed(10, () => check({}));
    const allYears = await timed(5, () => check({ status: 'all' }));
    const oneYear = await timed(10, () => check({ year: 2026, status: 'all' }));
    const overdue = await timed(10, () => check({ due: 'overdue' }));
    const search = await timed(5, () => check({ search: 'ke hoach so 4999', status: 'all' }));

    // The rows: the app through the API beside plain SQL reading the same rows, in the same run.
    const sqlite = backend.store.sqlite;
    const openStatuses = actionStatuses.filter((status) => status !== 'da_xac_minh_hieu_qua');
    const boardRows = `select ca.id, ca.finding_id, f.number, f.finding_class, f.description, a.id, a.kind, a.title, a.start_date, ca.owner_unit_id, u.name, ca.owner_person_id,
        p.full_name, ca.action_plan, ca.status, ca.due_date, ca.created_at, ca.closed_at
      from corrective_actions ca join findings f on f.id = ca.finding_id join audits a on a.id = f.audit_id join units u on u.id = ca.owner_unit_id
      left join people p on p.id = ca.owner_person_id`;
    const plainOpen = sqlite.prepare(`${boardRows} where ca.status in (${openStatuses.map(() => '?').join(', ')}) order by ca.status, ca.due_date limit ${BOARD_PAGE_ROWS}`);
    // The honest reference: exactly the rows the board shows, with the columns it reads, in one plain SELECT.
    const pageIds = JSON.stringify(openBoard.rows.map((row) => row.id));
    const plainPage = sqlite.prepare(`${boardRows} where ca.id in (select value from json_each(?))`);
    // The page size before "Hiện thêm" (2 000 rows at once), beside the same reference for those rows.
    const LONG_PAGE = 2000;
    const longPageIds = JSON.stringify((await check({ limit: LONG_PAGE })).rows.map((row) => row.id));
    const longPage = await sampleInTurn(15, () => check({ limit: LONG_PAGE }), () => plainPage.all(longPageIds));
    const ftsRows = sqlite.prepare(`${boardRows} where ca.id in (select d.ref from search_index cross join search_documents d on d.id = search_index.rowid where search_index match ? and d.entity = 'action')`);
    const defaultView = await sampleInTurn(15, () => check({}), () => plainPage.all(pageIds));
    const byStatusIndex = await sampleInTurn(15, () => check({}), () => plainOpen.all(...openStatuses));
    const defaultViewCpu = await sampleCpuInTurn(15, () => check({}), () => plainPage.all(pageIds));
    const searchView = await sampleInTurn(15, () => check({ search: 'ke hoach so 4999', status: 'all' }), () => ftsRows.all('"ke hoach so 4999"'));
    const notice = await timed(10, () => backend.call('actions.dueNotice', {}));
    const exportYear = await timed(3, () => backend.call('actions.exportXlsx', { year: 2026, status: 'all' }));
    backend.close();
    return {
      [`ISSUE ROW board, default view (the first ${BOARD_PAGE_ROWS} rows, counts over all), 50 000 actions (reference: one plain indexed SELECT of the same rows, by id, same columns)`]: sideBySide(defaultView.app, defaultView.reference),
      'board, default view, CPU time of this process instead of wall clock (same reference: the same rows by id)': sideBySide(defaultViewCpu.app, defaultViewCpu.reference),
      [`board, default view (reference: the first ${BOARD_PAGE_ROWS} open actions read along the status index, same columns, as in session 4)`]: sideBySide(byStatusIndex.app, byStatusIndex.reference),
      [`board, ${LONG_PAGE} rows at once, the page size before "Hiện thêm" (reference: the same rows by id)`]: sideBySide(longPage.app, longPage.reference),
      'ISSUE ROW board text search over 10 years (reference: the FTS5 trigram query reading the same rows)': sideBySide(searchView.app, searchView.reference),
      'actions in store': everything.summary.total,
      'open actions': openBoard.summary.open,
      'insert 50 000 actions (one transaction) ms': insertMs,
      'board, open actions (default view) median ms': openView.medianMs,
      'board, open actions p95 ms': openView.p95Ms,
      [`board, all 10 years, all statuses (first ${BOARD_PAGE_ROWS} rows) median ms`]: allYears.medianMs,
      'board, one year median ms': oneYear.medianMs,
      'board, overdue only median ms': overdue.medianMs,
      'board, search without diacritics over all years median ms': search.medianMs,
      'start-up notice median ms': notice.medianMs,
      'export one year to .xlsx median ms': exportYear.medianMs,
    };
  },
};
export default bench;

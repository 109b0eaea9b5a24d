import { afterEach, describe, expect, it } from 'vitest';
import { dueStateOf } from '../../electron/shared/rules/actionStates';
import { insertReportingYear } from '../support/fixtures/reportingYear';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

interface Rows {
  units: { id: string; active: number; in_cchc_scope: number; iso_applying: number }[];
  audits: { id: string; kind: string; unit_id: string; start_date: string; end_date: string; status: string; planned_inspection_id: string | null }[];
  findings: { id: string; audit_id: string }[];
  actions: { id: string; finding_id: string; status: string; due_date: string }[];
  minutes: { id: string; audit_id: string; supersedes_id: string | null }[];
  signatures: { minutes_id: string }[];
  programmes: { id: string; year: number; status: string }[];
  planned: { id: string; programme_id: string; kind: string; unit_id: string; date: string }[];
}

function readRows(b: TestBackend): Rows {
  const all = <T>(sql: string) => b.store.sqlite.prepare(sql).all() as T[];
  return {
    units: all('select * from units'),
    audits: all('select * from audits'),
    findings: all('select * from findings'),
    actions: all('select * from corrective_actions'),
    minutes: all('select * from issued_minutes'),
    signatures: all('select * from minutes_digital_signatures'),
    programmes: all('select * from programmes'),
    planned: all('select * from planned_inspections'),
  };
}

/** The home's figures, worked out in plain code from the rows, the way a coordinator would count them in Excel. */
function expectedAttention(rows: Rows, year: number, today: string, { dueSoonDays = 7, isoSharePercent = 25 } = {}) {
  const inYear = (date: string) => date.slice(0, 4) === String(year);
  const yearAudits = rows.audits.filter((a) => inYear(a.start_date));
  const auditOfFinding = new Map(rows.findings.map((f) => [f.id, f.audit_id]));
  const yearAuditIds = new Set(yearAudits.map((a) => a.id));
  const states = rows.actions
    .filter((action) => yearAuditIds.has(auditOfFinding.get(action.finding_id)!))
    .map((action) => dueStateOf(action.status as never, action.due_date, today, dueSoonDays));
  const superseded = new Set(rows.minutes.map((m) => m.supersedes_id).filter(Boolean));
  const signed = new Set(rows.signatures.map((s) => s.minutes_id));
  const unsignedAudits = new Set(rows.minutes.filter((m) => !superseded.has(m.id) && !signed.has(m.id)).map((m) => m.audit_id));
  const approved = new Set(rows.programmes.filter((p) => p.year === year && p.status === 'approved').map((p) => p.id));
  const started = new Set(rows.audits.map((a) => a.planned_inspection_id));
  const yearProgrammes = new Set(rows.programmes.filter((p) => p.year === year).map((p) => p.id));
  const progress = (kind: 'CCHC' | 'ISO', inScope: (u: Rows['units'][number]) => boolean, percent: number) => {
    const scope = rows.units.filter((u) => u.active && inScope(u)).length;
    return {
      done: new Set(rows.audits.filter((a) => a.kind === kind && a.status !== 'in_progress' && inYear(a.end_date)).map((a) => a.unit_id)).size,
      planned: new Set(rows.planned.filter((p) => p.kind === kind && yearProgrammes.has(p.programme_id)).map((p) => p.unit_id)).size,
      inScope: scope,
      required: Math.ceil((scope * percent) / 100),
      targetPercent: percent,
    };
  };
  return {
    year,
    today,
    dueSoonDays,
    actions: {
      overdue: states.filter((s) => s === 'overdue').length,
      dueSoon: states.filter((s) => s === 'due_soon').length,
      awaitingVerification: states.filter((s) => s === 'awaiting_verification').length,
      open: states.filter((s) => s !== 'closed').length,
    },
    plannedNotStarted: rows.planned.filter((p) => approved.has(p.programme_id) && p.date < today && !started.has(p.id)).length,
    closedWithoutMinutes: yearAudits.filter((a) => a.status === 'closed').length,
    minutesUnsigned: yearAudits.filter((a) => unsignedAudits.has(a.id)).length,
    cchc: progress('CCHC', (u) => Boolean(u.in_cchc_scope), 100),
    iso: progress('ISO', (u) => Boolean(u.iso_applying), isoSharePercent),
  };
}

describe('home: "Việc cần làm" for the working year', () => {
  it('counts every item as the rows say, for the chosen year only, with "today" in Asia/Ho_Chi_Minh', async () => {
    // 17:30 UTC on 14/09 is already 15/09 in Hà Nội.
    backend = await startTestBackend({ now: () => new Date('2026-09-14T17:30:00Z') });
    insertReportingYear(backend.store, { year: 2025, today: '2026-09-15', seed: 7 });
    const issued2025 = backend.store.sqlite.prepare('select count(*) n from issued_minutes').get() as { n: number };
    insertReportingYear(backend.store, { year: 2026, today: '2026-09-15', seed: 11, firstMinutesNumber: issued2025.n + 1 });
    const rows = readRows(backend);

    const home = await backend.call('home.attention', { year: 2026 });
    const expected = expectedAttention(rows, 2026, '2026-09-15');
    expect(home).toEqual(expected);
    // The data is a real year: every item has something to show.
    expect(home.actions.overdue).toBeGreaterThan(0);
    expect(home.actions.dueSoon + home.actions.awaitingVerification).toBeGreaterThan(0);
    expect(home.plannedNotStarted).toBeGreaterThan(0);
    expect(home.closedWithoutMinutes).toBeGreaterThan(0);
    expect(home.minutesUnsigned).toBeGreaterThan(0);
    expect(home.cchc.done).toBeGreaterThan(0);
    expect(home.cchc.planned).toBe(home.cchc.inScope);

    expect(await backend.call('home.attention', { year: 2025 })).toEqual(expectedAttention(rows, 2025, '2026-09-15'));
  });

  it('each count is the length of the list its link opens', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-09-15T03:00:00Z') });
    insertReportingYear(backend.store, { year: 2026, today: '2026-09-15', seed: 23 });
    const home = await backend.call('home.attention', { year: 2026 });
    const board = async (filters: { due?: 'overdue' | 'due_soon'; status?: 'cho_xac_minh' }) => (await backend.call('actions.board', { year: 2026, ...filters, limit: 10_000 })).matching;
    expect(await board({ due: 'overdue' })).toBe(home.actions.overdue);
    expect(await board({ due: 'due_soon' })).toBe(home.actions.dueSoon);
    expect(await board({ status: 'cho_xac_minh' })).toBe(home.actions.awaitingVerification);
    expect((await backend.call('audits.list', { year: 2026, status: 'closed' })).length).toBe(home.closedWithoutMinutes);
    expect((await backend.call('audits.list', { year: 2026, minutesUnsigned: true })).length).toBe(home.minutesUnsigned);
    const notStarted = (await backend.call('programme.readyToStart', { year: 2026 })).filter((entry) => entry.date < home.today);
    expect(notStarted.length).toBe(home.plannedNotStarted);
  });

  it('follows the settings: due-soon window and the ISO share', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-09-15T03:00:00Z') });
    insertReportingYear(backend.store, { year: 2026, today: '2026-09-15', seed: 5 });
    await backend.call('settings.update', { dueSoonDays: 30, isoSharePercent: 50 });
    const home = await backend.call('home.attention', { year: 2026 });
    expect(home).toEqual(expectedAttention(readRows(backend), 2026, '2026-09-15', { dueSoonDays: 30, isoSharePercent: 50 }));
    expect(home.iso.required).toBe(Math.ceil(home.iso.inScope / 2));
  });
});

/** The first chart starts a worker that loads ECharts: slow on a busy 2-core machine. */
describe('home charts, drawn by the back end', () => {
  it('draws inspections per month, findings by class and open actions as SVG, with tables that agree with the rows', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-09-15T03:00:00Z') });
    insertReportingYear(backend.store, { year: 2026, today: '2026-09-15', seed: 11 });
    const rows = readRows(backend);
    const { charts } = await backend.call('home.charts', { year: 2026 });
    expect(charts.map((chart) => chart.title)).toEqual([
      'Cuộc kiểm tra theo tháng: kế hoạch và đã thực hiện',
      'Phát hiện theo phân loại',
      'Hành động khắc phục chưa hoàn thành theo trạng thái và thời gian mở',
    ]);
    for (const chart of charts) {
      expect(chart.svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(chart.svg).toContain(chart.title.slice(0, 20));
    }
    const [byMonth, byClass, actions] = charts;
    const closedAudits = rows.audits.filter((a) => a.status !== 'in_progress' && a.end_date.startsWith('2026'));
    expect(byMonth!.table.rows).toEqual(
      Array.from({ length: 12 }, (_, i) => {
        const month = `2026-${String(i + 1).padStart(2, '0')}`;
        return [i + 1, rows.planned.filter((p) => p.date.startsWith(month)).length, closedAudits.filter((a) => a.end_date.startsWith(month)).length];
      }),
    );
    const yearAudits = new Set(rows.audits.filter((a) => a.start_date.startsWith('2026')).map((a) => a.id));
    const all = backend.store.sqlite.prepare('select audit_id, finding_class from findings').all() as { audit_id: string; finding_class: string }[];
    expect(byClass!.table.rows.map((row) => row[1])).toEqual(['kph_nang', 'kph_nhe', 'diem_luu_y', 'co_hoi_cai_tien'].map((c) => all.filter((f) => yearAudits.has(f.audit_id) && f.finding_class === c).length));
    const board = await backend.call('actions.board', { year: 2026 });
    expect(actions!.table.rows.slice(0, 4).map((row) => row[1])).toEqual([board.summary.byStatus.moi, board.summary.byStatus.da_phan_tich, board.summary.byStatus.dang_thuc_hien, board.summary.byStatus.cho_xac_minh]);
    // Vietnamese number format in the drawing: no thousands here, but the axis and labels are drawn as text.
    expect(byMonth!.svg).toContain('Kế hoạch');
  }, 120_000);
});

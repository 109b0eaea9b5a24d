import { and, desc, eq, gte, lt, max } from 'drizzle-orm';
import { reports } from '../../../../db/schema';
import { localDateOf } from '../../../shared/dates';
import type { ReportingPeriod } from '../../../shared/reporting/periods';
import { conflict, invalid, issue, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { documentCode } from '../../documents';
import { readOrganization } from '../organization/readOrganization';
import { readSettings } from '../organization/readSettings';
import { assertSetupCompleted } from '../setup/setupStatus';
import { sha256Hex } from '../minutes/minutesContent';
import { defaultManagementReviewTexts, defaultReportTexts } from './reportWording';
import { periodLabel } from './periodWords';
import { requireReport, reportView } from './reportView';
import type { ReportRow } from './reportView';

function assertPeriodAllowed(ctx: Parameters<ModuleHandlers<'reports.create'>['reports.create']>[0], period: ReportingPeriod): void {
  if (period.kind !== 'month' || readSettings(ctx.store.db).monthlyReports) return;
  const refusal = text('errors.report.monthlyReportsOff');
  throw invalid(refusal, [issue('period.kind', refusal)]);
}

function assertDraft(row: ReportRow): void {
  if (row.status === 'issued') throw conflict(text('errors.report.issuedIsFrozen', { code: row.documentCode ?? '' }));
}

export const createReport: ModuleHandlers<'reports.create'>['reports.create'] = (ctx, input) => {
  assertPeriodAllowed(ctx, input.period);
  const texts = input.kind === 'iso' ? { ...defaultReportTexts, managementReview: defaultManagementReviewTexts } : defaultReportTexts;
  const row = ctx.store.db.insert(reports).values({ kind: input.kind, period: input.period, texts, createdAt: ctx.now().toISOString() }).returning().get();
  recordChange(ctx, { entity: 'report', entityId: row.id, action: 'create', changes: { kind: row.kind, period: row.period } });
  return reportView(ctx.store.db, row);
};

export const updateReport: ModuleHandlers<'reports.update'>['reports.update'] = (ctx, { id, ...patch }) => {
  const db = ctx.store.db;
  const before = requireReport(db, id);
  assertDraft(before);
  if (patch.period) assertPeriodAllowed(ctx, patch.period);
  db.update(reports)
    .set({ ...(patch.period ? { period: patch.period } : {}), ...(patch.texts ? { texts: patch.texts } : {}) })
    .where(eq(reports.id, id))
    .run();
  recordChange(ctx, { entity: 'report', entityId: id, action: 'update', changes: patch });
  return reportView(db, requireReport(db, id));
};

/**
 * Issues a draft: the next number of the calendar year of its date ("Số: 03/BC-UBND"), the figures
 * and the wording frozen in the row, and a SHA-256 over what was issued so a later change shows.
 */
export const issueReport: ModuleHandlers<'reports.issue'>['reports.issue'] = (ctx, { id }) => {
  const db = ctx.store.db;
  assertSetupCompleted(db);
  const row = requireReport(db, id);
  assertDraft(row);
  const documentDate = localDateOf(ctx.now());
  const year = Number(documentDate.slice(0, 4));
  const last = db.select({ n: max(reports.number) }).from(reports).where(eq(reports.year, year)).get()?.n ?? 0;
  const number = last + 1;
  const code = documentCode(String(number), 'BC', readOrganization(db).bodyShortCode);
  const snapshot = reportView(db, row).figures;
  const contentSha256 = sha256Hex(JSON.stringify({ period: row.period, documentCode: code, documentDate, texts: row.texts, figures: snapshot }));
  db.update(reports)
    .set({ status: 'issued', year, number, documentCode: code, documentDate, snapshot, contentSha256, issuedAt: ctx.now().toISOString(), issuedBy: ctx.actor.name })
    .where(and(eq(reports.id, id), eq(reports.status, 'draft')))
    .run();
  recordChange(ctx, { entity: 'report', entityId: id, action: 'update', changes: { status: ['draft', 'issued'], documentCode: code, contentSha256 } });
  return reportView(db, requireReport(db, id));
};

/** A new draft for the same period and wording that will replace an issued report, under its own number. */
export const reissueReport: ModuleHandlers<'reports.reissue'>['reports.reissue'] = (ctx, { id }) => {
  const db = ctx.store.db;
  const original = requireReport(db, id);
  if (original.status !== 'issued') throw conflict(text('errors.report.onlyIssuedReissued'));
  const successor = db.select().from(reports).where(eq(reports.supersedesId, id)).get();
  if (successor) throw conflict(text('errors.report.alreadyReplaced', { code: successor.documentCode ?? periodLabel(successor.period) }));
  const row = db.insert(reports).values({ kind: original.kind, period: original.period, texts: original.texts, supersedesId: id, createdAt: ctx.now().toISOString() }).returning().get();
  recordChange(ctx, { entity: 'report', entityId: row.id, action: 'create', changes: { supersedes: original.documentCode } });
  return reportView(db, row);
};

export const listReports: ModuleHandlers<'reports.list'>['reports.list'] = (ctx, { year }) =>
  ctx.store.db
    .select()
    .from(reports)
    .where(year ? and(gte(reports.createdAt, `${year}-01-01`), lt(reports.createdAt, `${year + 1}-01-01`)) : undefined)
    .orderBy(desc(reports.createdAt))
    .all()
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      periodLabel: periodLabel(row.period),
      status: row.status,
      documentCode: row.documentCode,
      documentDate: row.documentDate,
      createdAt: row.createdAt,
    }));

export const getReport: ModuleHandlers<'reports.get'>['reports.get'] = (ctx, { id }) => reportView(ctx.store.db, requireReport(ctx.store.db, id));

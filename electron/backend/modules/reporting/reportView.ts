import { eq } from 'drizzle-orm';
import { reports } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { ReportView } from '../../../shared/contract/reports';
import type { ReportingRules } from '../../../shared/reporting/periods';
import { notFound } from '../../api/errors';
import { readSettings } from '../organization/readSettings';
import { cchcReportFigures } from './cchcFigures';

export type ReportRow = typeof reports.$inferSelect;

export function requireReport(db: AppDatabase, id: string): ReportRow {
  const row = db.select().from(reports).where(eq(reports.id, id)).get();
  if (!row) throw notFound('report');
  return row;
}

export function reportingRules(db: AppDatabase): ReportingRules {
  const settings = readSettings(db);
  return { basis: settings.reportingBasis, cutoffDay: settings.reportingCutoffDay };
}

/** A draft's figures are computed now; an issued report's are the ones frozen when it was issued. */
export function reportView(db: AppDatabase, row: ReportRow): ReportView {
  const figures = row.snapshot ?? cchcReportFigures(db, row.period, reportingRules(db), readSettings(db).cchcCoveragePercent);
  const supersedes = row.supersedesId ? requireReport(db, row.supersedesId) : null;
  const successor = db.select().from(reports).where(eq(reports.supersedesId, row.id)).get();
  return {
    id: row.id,
    kind: row.kind,
    period: row.period,
    status: row.status,
    number: row.number,
    documentCode: row.documentCode,
    documentDate: row.documentDate,
    contentSha256: row.contentSha256,
    texts: row.texts,
    figures,
    supersedes: supersedes ? { id: supersedes.id, documentCode: supersedes.documentCode ?? '', documentDate: supersedes.documentDate ?? '' } : null,
    supersededBy: successor ? { id: successor.id, documentCode: successor.documentCode } : null,
  };
}

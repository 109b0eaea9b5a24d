import { eq } from 'drizzle-orm';
import { reports } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { CchcReportFigures, IsoReportFigures, ReportView } from '../../../shared/contract/reports';
import type { ReportingRules } from '../../../shared/reporting/periods';
import { notFound } from '../../api/errors';
import { readSettings } from '../organization/readSettings';
import { cchcReportFigures } from './cchcFigures';
import { isoReportFigures } from './isoFigures';
import { defaultManagementReviewTexts } from './reportWording';

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
  const supersedes = row.supersedesId ? requireReport(db, row.supersedesId) : null;
  const successor = db.select().from(reports).where(eq(reports.supersedesId, row.id)).get();
  const base = {
    id: row.id,
    period: row.period,
    status: row.status,
    number: row.number,
    documentCode: row.documentCode,
    documentDate: row.documentDate,
    contentSha256: row.contentSha256,
    texts: row.texts,
    supersedes: supersedes ? { id: supersedes.id, documentCode: supersedes.documentCode ?? '', documentDate: supersedes.documentDate ?? '' } : null,
    supersededBy: successor ? { id: successor.id, documentCode: successor.documentCode } : null,
  };
  const settings = readSettings(db);
  if (row.kind === 'iso') {
    const figures = (row.snapshot as IsoReportFigures | null) ?? isoReportFigures(db, row.period, reportingRules(db), settings.isoSharePercent);
    return { ...base, kind: 'iso', texts: { ...row.texts, managementReview: row.texts.managementReview ?? defaultManagementReviewTexts }, figures };
  }
  const figures = (row.snapshot as CchcReportFigures | null) ?? cchcReportFigures(db, row.period, reportingRules(db), settings.cchcCoveragePercent);
  return { ...base, kind: 'cchc', figures };
}

import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ReportFigures, ReportTexts } from '../../electron/shared/contract/reports';
import { reportKinds } from '../../electron/shared/contract/vocabulary';
import type { ReportingPeriod } from '../../electron/shared/reporting/periods';
import { createdAt, updatedAt, uuidPrimaryKey } from './columns';

/**
 * Periodic reports (BÁO CÁO). A draft computes its figures live; issuing numbers it per calendar
 * year and freezes the figures with a SHA-256 of the issued content. A reissue is a new report that
 * names the one it replaces and gets its own number.
 */
export const reports = sqliteTable(
  'reports',
  {
    id: uuidPrimaryKey(),
    kind: text('kind', { enum: reportKinds }).notNull(),
    period: text('period', { mode: 'json' }).$type<ReportingPeriod>().notNull(),
    texts: text('texts', { mode: 'json' }).$type<ReportTexts>().notNull(),
    status: text('status', { enum: ['draft', 'issued'] }).notNull().default('draft'),
    year: integer('year'),
    number: integer('number'),
    documentCode: text('document_code'),
    documentDate: text('document_date'),
    /** The figures as issued; null on a draft. */
    snapshot: text('snapshot', { mode: 'json' }).$type<ReportFigures>(),
    contentSha256: text('content_sha256'),
    supersedesId: text('supersedes_id').references((): AnySQLiteColumn => reports.id, { onDelete: 'restrict' }),
    issuedAt: text('issued_at'),
    issuedBy: text('issued_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('reports_year_number').on(t.year, t.number), index('reports_supersedes_idx').on(t.supersedesId)],
);

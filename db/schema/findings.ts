import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { audits } from './audits';
import { checklistItems } from './checklists';
import { findingClasses } from '../../electron/shared/contract/vocabulary';
import { createdAt, flag, updatedAt, uuidPrimaryKey } from './columns';


export const findings = sqliteTable(
  'findings',
  {
    id: uuidPrimaryKey(),
    auditId: text('audit_id')
      .notNull()
      .references(() => audits.id, { onDelete: 'cascade' }),
    /** Numbered within the audit: 01, 02, … */
    number: integer('number').notNull(),
    findingClass: text('finding_class', { enum: findingClasses }).notNull(),
    itemId: text('item_id').references(() => checklistItems.id, { onDelete: 'set null' }),
    reference: text('reference').notNull().default(''),
    description: text('description').notNull(),
    requirement: text('requirement').notNull().default(''),
    evidenceText: text('evidence_text').notNull().default(''),
    requiresAction: flag('requires_action').notNull().default(false),
    status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
    closedAt: text('closed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('findings_audit_number').on(t.auditId, t.number),
    index('findings_audit_idx').on(t.auditId),
    index('findings_item_idx').on(t.itemId),
  ],
);

/** Files are stored once under their SHA-256; links say which records use them. */
export const evidenceFiles = sqliteTable('evidence_files', {
  sha256: text('sha256').primaryKey(),
  sizeBytes: integer('size_bytes').notNull(),
  mimeType: text('mime_type').notNull(),
  createdAt: createdAt(),
});

export const evidenceLinks = sqliteTable(
  'evidence_links',
  {
    id: uuidPrimaryKey(),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFiles.sha256, { onDelete: 'restrict' }),
    auditId: text('audit_id').references(() => audits.id, { onDelete: 'cascade' }),
    itemId: text('item_id').references(() => checklistItems.id, { onDelete: 'restrict' }),
    findingId: text('finding_id').references(() => findings.id, { onDelete: 'cascade' }),
    correctiveActionId: text('corrective_action_id'),
    fileName: text('file_name').notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by'),
  },
  (t) => [
    index('evidence_links_sha_idx').on(t.sha256),
    index('evidence_links_audit_idx').on(t.auditId),
    index('evidence_links_item_idx').on(t.itemId),
    index('evidence_links_finding_idx').on(t.findingId),
  ],
);

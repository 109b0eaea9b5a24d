import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { answerTypes, comparators, templatePurposes, versionStatuses } from '../../electron/shared/contract/vocabulary';
import { createdAt, flag, updatedAt, uuidPrimaryKey } from './columns';


export const checklistTemplates = sqliteTable('checklist_templates', {
  id: uuidPrimaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  purpose: text('purpose', { enum: templatePurposes }).notNull(),
  description: text('description').notNull().default(''),
  builtIn: flag('built_in').notNull().default(false),
  clonedFromVersionId: text('cloned_from_version_id'),
  retired: flag('retired').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A published version is frozen: audits point at the exact version they used. */
export const checklistVersions = sqliteTable(
  'checklist_versions',
  {
    id: uuidPrimaryKey(),
    templateId: text('template_id')
      .notNull()
      .references(() => checklistTemplates.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status', { enum: versionStatuses }).notNull().default('draft'),
    year: integer('year'),
    publishedAt: text('published_at'),
    publishedBy: text('published_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('checklist_versions_template_version').on(t.templateId, t.version)],
);

export const checklistSections = sqliteTable(
  'checklist_sections',
  {
    id: uuidPrimaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => checklistVersions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [uniqueIndex('checklist_sections_version_code').on(t.versionId, t.code)],
);

export const checklistItems = sqliteTable(
  'checklist_items',
  {
    id: uuidPrimaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => checklistVersions.id, { onDelete: 'cascade' }),
    sectionId: text('section_id')
      .notNull()
      .references(() => checklistSections.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    /** The ISO clause (e.g. "8.5.1") or the plan target (e.g. "3.6") the item checks. */
    reference: text('reference').notNull().default(''),
    referenceTitle: text('reference_title').notNull().default(''),
    question: text('question').notNull(),
    guidance: text('guidance').notNull().default(''),
    evidenceHint: text('evidence_hint').notNull().default(''),
    answerType: text('answer_type', { enum: answerTypes }).notNull(),
    numericUnit: text('numeric_unit'),
    comparator: text('comparator', { enum: comparators }),
    threshold: real('threshold'),
    points: real('points'),
    evidenceRequired: flag('evidence_required').notNull().default(false),
    usuallyNotApplicable: flag('usually_not_applicable').notNull().default(false),
    notApplicableHint: text('not_applicable_hint').notNull().default(''),
    retired: flag('retired').notNull().default(false),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    uniqueIndex('checklist_items_version_code').on(t.versionId, t.code),
    index('checklist_items_section_idx').on(t.sectionId),
  ],
);

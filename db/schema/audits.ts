import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { auditKinds, auditStatuses, conformityResults, teamRoles } from '../../electron/shared/contract/vocabulary';
import { checklistItems, checklistVersions } from './checklists';
import { createdAt, flag, updatedAt, uuidPrimaryKey } from './columns';
import { plannedInspections } from './programmes';
import { people, units } from './units';


export const audits = sqliteTable(
  'audits',
  {
    id: uuidPrimaryKey(),
    kind: text('kind', { enum: auditKinds }).notNull(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    plannedInspectionId: text('planned_inspection_id').references(() => plannedInspections.id, { onDelete: 'set null' }),
    templateVersionId: text('template_version_id')
      .notNull()
      .references(() => checklistVersions.id, { onDelete: 'restrict' }),
    baselineAuditId: text('baseline_audit_id').references((): AnySQLiteColumn => audits.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    place: text('place').notNull().default(''),
    decisionNumber: text('decision_number').notNull().default(''),
    decisionDate: text('decision_date'),
    planNumber: text('plan_number').notNull().default(''),
    planDate: text('plan_date'),
    objective: text('objective').notNull().default(''),
    scope: text('scope').notNull().default(''),
    criteria: text('criteria').notNull().default(''),
    unitComments: text('unit_comments').notNull().default(''),
    conclusion: text('conclusion').notNull().default(''),
    status: text('status', { enum: auditStatuses }).notNull().default('in_progress'),
    closedAt: text('closed_at'),
    /** When the inspection ended on its end date, "HH:mm" in Asia/Ho_Chi_Minh: set on closing, editable until the minutes are issued. */
    endedTime: text('ended_time'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('audits_unit_idx').on(t.unitId),
    index('audits_start_idx').on(t.startDate),
    index('audits_planned_inspection_idx').on(t.plannedInspectionId),
    index('audits_template_version_idx').on(t.templateVersionId),
    index('audits_baseline_idx').on(t.baselineAuditId),
  ],
);

/** The inspection team (side 'team') and the inspected unit's representatives (side 'unit'). */
export const auditParticipants = sqliteTable(
  'audit_participants',
  {
    id: uuidPrimaryKey(),
    auditId: text('audit_id')
      .notNull()
      .references(() => audits.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['team', 'unit'] }).notNull(),
    role: text('role', { enum: [...teamRoles, 'dai_dien'] }).notNull(),
    personId: text('person_id').references(() => people.id, { onDelete: 'set null' }),
    fullName: text('full_name').notNull(),
    position: text('position').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('audit_participants_audit_idx').on(t.auditId), index('audit_participants_person_idx').on(t.personId)],
);

export const itemResponses = sqliteTable(
  'item_responses',
  {
    id: uuidPrimaryKey(),
    auditId: text('audit_id')
      .notNull()
      .references(() => audits.id, { onDelete: 'cascade' }),
    itemId: text('item_id')
      .notNull()
      .references(() => checklistItems.id, { onDelete: 'restrict' }),
    conformity: text('conformity', { enum: conformityResults }),
    numericValue: real('numeric_value'),
    yesNo: flag('yes_no'),
    textValue: text('text_value'),
    indicatorMet: flag('indicator_met'),
    note: text('note').notNull().default(''),
    notApplicableReason: text('not_applicable_reason').notNull().default(''),
    updatedAt: updatedAt(),
    updatedBy: text('updated_by'),
  },
  (t) => [uniqueIndex('item_responses_audit_item').on(t.auditId, t.itemId), index('item_responses_item_idx').on(t.itemId)],
);

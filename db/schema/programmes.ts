import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SelectionNote } from '../../electron/shared/contract/programme';
import { auditKinds, programmeStatuses, teamRoles } from '../../electron/shared/contract/vocabulary';
import { checklistVersions } from './checklists';
import { createdAt, updatedAt, uuidPrimaryKey } from './columns';
import { people, units } from './units';


/** The year's inspection programme (Kế hoạch kiểm tra), CCHC and ISO entries together. */
export const programmes = sqliteTable(
  'programmes',
  {
    id: uuidPrimaryKey(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: programmeStatuses }).notNull().default('draft'),
    documentNumber: text('document_number').notNull().default(''),
    /** The inputs the generator used (shares, seed), so a programme can be explained later. */
    parameters: text('parameters', { mode: 'json' }),
    approvedAt: text('approved_at'),
    approvedBy: text('approved_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('programmes_year_idx').on(t.year)],
);

export const plannedInspections = sqliteTable(
  'planned_inspections',
  {
    id: uuidPrimaryKey(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: auditKinds }).notNull(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    templateVersionId: text('template_version_id').references(() => checklistVersions.id, { onDelete: 'set null' }),
    content: text('content').notNull().default(''),
    /** Why the unit is in the plan, kept with the entry so the approved plan states the reason of its time. */
    selection: text('selection', { mode: 'json' }).$type<SelectionNote>(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('planned_inspections_programme_idx').on(t.programmeId),
    index('planned_inspections_date_idx').on(t.date),
    index('planned_inspections_unit_idx').on(t.unitId),
    index('planned_inspections_template_version_idx').on(t.templateVersionId),
  ],
);

export const plannedTeamMembers = sqliteTable(
  'planned_team_members',
  {
    id: uuidPrimaryKey(),
    plannedInspectionId: text('planned_inspection_id')
      .notNull()
      .references(() => plannedInspections.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    role: text('role', { enum: teamRoles }).notNull(),
  },
  (t) => [index('planned_team_members_inspection_idx').on(t.plannedInspectionId), index('planned_team_members_person_idx').on(t.personId)],
);

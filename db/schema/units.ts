import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { unitCategories } from '../../electron/shared/contract/units';
import { createdAt, flag, updatedAt, uuidPrimaryKey } from './columns';


export const units = sqliteTable(
  'units',
  {
    id: uuidPrimaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull().default(''),
    category: text('category', { enum: unitCategories }).notNull().default('khac'),
    /** The user's choice; a new unit's default follows its category (shared/cchcScope.ts). */
    inCchcScope: flag('in_cchc_scope').notNull().default(true),
    isoApplying: flag('iso_applying').notNull().default(true),
    headPersonId: text('head_person_id').references((): AnySQLiteColumn => people.id, { onDelete: 'set null' }),
    active: flag('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('units_active_idx').on(t.active), index('units_head_person_idx').on(t.headPersonId)],
);

export const people = sqliteTable(
  'people',
  {
    id: uuidPrimaryKey(),
    fullName: text('full_name').notNull(),
    unitId: text('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    position: text('position').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    auditorTrained: flag('auditor_trained').notNull().default(false),
    auditorCertNumber: text('auditor_cert_number').notNull().default(''),
    auditorCertDate: text('auditor_cert_date'),
    auditorCertIssuer: text('auditor_cert_issuer').notNull().default(''),
    mayLead: flag('may_lead').notNull().default(false),
    active: flag('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('people_unit_idx').on(t.unitId)],
);

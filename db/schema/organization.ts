import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, flag, updatedAt, uuidPrimaryKey } from './columns';

/** The one organisation this installation works for (a single row, id 'default'). */
export const organization = sqliteTable(
  'organization',
  {
    id: text('id').primaryKey(),
    superiorBodyName: text('superior_body_name').notNull(),
    bodyName: text('body_name').notNull(),
    bodyShortCode: text('body_short_code').notNull(),
    placeName: text('place_name').notNull(),
    chairName: text('chair_name').notNull().default(''),
    chairTitle: text('chair_title').notNull().default('CHỦ TỊCH'),
    /** Set when the user confirmed these values in the first-run setup; null while they are the sample's. */
    setupCompletedAt: text('setup_completed_at'),
    updatedAt: updatedAt(),
  },
  (t) => [check('organization_single_row', sql`${t.id} = 'default'`)],
);

/**
 * Thresholds, due days, legal references and other tunables, one JSON value per key.
 * The code validates each key with a zod schema and supplies defaults.
 */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: updatedAt(),
});

/** Public holidays (editable, including Tết), excluded when scheduling. */
export const holidays = sqliteTable('holidays', {
  id: uuidPrimaryKey(),
  date: text('date').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

/** Who is working on this laptop; the change log records the current profile. */
export const profiles = sqliteTable('profiles', {
  id: uuidPrimaryKey(),
  fullName: text('full_name').notNull(),
  position: text('position').notNull().default(''),
  unitId: text('unit_id'),
  lastUsedAt: text('last_used_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const appState = sqliteTable('app_state', {
  id: integer('id').primaryKey(),
  currentProfileId: text('current_profile_id').references(() => profiles.id, { onDelete: 'set null' }),
});

/** Each built-in data step runs once per store, so later user edits are never overwritten. */
export const seedRuns = sqliteTable('seed_runs', {
  step: text('step').primaryKey(),
  ranAt: createdAt(),
});

/** The "Căn cứ …;" lines of documents, in print order; text may hold placeholders (legalBasisPlaceholders). */
export const legalBases = sqliteTable('legal_bases', {
  id: uuidPrimaryKey(),
  text: text('text').notNull(),
  forCchcMinutes: flag('for_cchc_minutes').notNull().default(false),
  forIsoMinutes: flag('for_iso_minutes').notNull().default(false),
  forPlan: flag('for_plan').notNull().default(false),
  forReport: flag('for_report').notNull().default(false),
  sortOrder: integer('sort_order').notNull().default(0),
  retired: flag('retired').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

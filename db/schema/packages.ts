import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { audits } from './audits';

/**
 * An audit that is away from this store. On the coordinator's store ('out') it was handed to a team's laptop and
 * is read-only here until its result package comes back or the handover is cancelled. On a team's store ('in')
 * it arrived in a hand-out package and goes back in a result package.
 */
export const auditHandovers = sqliteTable(
  'audit_handovers',
  {
    auditId: text('audit_id')
      .primaryKey()
      .references(() => audits.id, { onDelete: 'cascade' }),
    direction: text('direction', { enum: ['out', 'in'] }).notNull(),
    /** 'out': the team laptop the audit went to; 'in': the coordinator's laptop it came from. */
    machineName: text('machine_name').notNull(),
    /** The coordinator's store (the ward's) that owns the audit. */
    wardStoreId: text('ward_store_id').notNull(),
    packageId: text('package_id').notNull(),
    handedAt: text('handed_at').notNull(),
    /** When its result package was imported ('out') — the audit is back; null while it is away. */
    returnedAt: text('returned_at'),
  },
  (t) => [index('audit_handovers_direction_idx').on(t.direction)],
);

/** Every package this store imported, so the same package a second time changes nothing. */
export const importedPackages = sqliteTable('imported_packages', {
  packageId: text('package_id').primaryKey(),
  kind: text('kind', { enum: ['handout', 'result', 'followup'] }).notNull(),
  wardStoreId: text('ward_store_id').notNull(),
  sourceMachineName: text('source_machine_name').notNull(),
  createdAt: text('created_at').notNull(),
  importedAt: text('imported_at').notNull(),
  /** What the import changed (counts), as shown after it. */
  summary: text('summary', { mode: 'json' }).notNull(),
});

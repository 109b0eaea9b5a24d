import { getTableColumns, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  auditParticipants,
  audits,
  checklistItems,
  checklistSections,
  checklistTemplates,
  checklistVersions,
  correctiveActionEvents,
  correctiveActions,
  evidenceFiles,
  evidenceLinks,
  findings,
  itemResponses,
  people,
  plannedInspections,
  plannedTeamMembers,
  programmes,
  units,
} from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';

/**
 * The tables a package carries, in the order an import writes them (parents first), each with its key. Rows
 * travel as drizzle reads them (booleans, parsed JSON) and keep their ids: the same record is the same row on
 * every laptop.
 */
export const packageTables = {
  units: { table: units, key: units.id },
  people: { table: people, key: people.id },
  checklistTemplates: { table: checklistTemplates, key: checklistTemplates.id },
  checklistVersions: { table: checklistVersions, key: checklistVersions.id },
  checklistSections: { table: checklistSections, key: checklistSections.id },
  checklistItems: { table: checklistItems, key: checklistItems.id },
  programmes: { table: programmes, key: programmes.id },
  plannedInspections: { table: plannedInspections, key: plannedInspections.id },
  plannedTeamMembers: { table: plannedTeamMembers, key: plannedTeamMembers.id },
  audits: { table: audits, key: audits.id },
  auditParticipants: { table: auditParticipants, key: auditParticipants.id },
  itemResponses: { table: itemResponses, key: itemResponses.id },
  findings: { table: findings, key: findings.id },
  evidenceFiles: { table: evidenceFiles, key: evidenceFiles.sha256 },
  evidenceLinks: { table: evidenceLinks, key: evidenceLinks.id },
  correctiveActions: { table: correctiveActions, key: correctiveActions.id },
  correctiveActionEvents: { table: correctiveActionEvents, key: correctiveActionEvents.id },
} satisfies Record<string, { table: SQLiteTable; key: SQLiteColumn }>;

export type PackageTable = keyof typeof packageTables;
export type PackageRow = Record<string, unknown>;
export type PackageRecords = Partial<Record<PackageTable, PackageRow[]>>;

export const packageTableNames = Object.keys(packageTables) as PackageTable[];

const keyName = (name: PackageTable) => {
  const { table, key } = packageTables[name];
  return Object.entries(getTableColumns(table)).find(([, column]) => column === key)![0];
};

/** The rows whose `column` is one of `values`, ordered by key so the same store gives the same package. */
export function rowsWhere(db: AppDatabase, name: PackageTable, column: SQLiteColumn | null, values: readonly string[]): PackageRow[] {
  const { table, key } = packageTables[name];
  const select = db.select().from(table as typeof units);
  if (column && values.length === 0) return [];
  const rows = (column ? select.where(inArray(column, [...values])) : select).orderBy(key).all() as PackageRow[];
  return rows;
}

export const keyOf = (name: PackageTable, row: PackageRow) => String(row[keyName(name)]);

/** Only the table's own columns, so a crafted package cannot write anything else. */
function ownColumns(name: PackageTable, row: PackageRow): PackageRow {
  const columns = getTableColumns(packageTables[name].table);
  return Object.fromEntries(Object.keys(columns).filter((column) => column in row).map((column) => [column, row[column]]));
}

/** Stable JSON of a row (sorted keys), to tell a changed row from an unchanged one. */
const stable = (row: PackageRow) => JSON.stringify(Object.keys(row).sort().map((key) => [key, row[key]]));

export interface TableChanges {
  added: number;
  changed: number;
  removed: number;
}

/** Inserts the rows that are new and updates those that differ; an identical row is not touched. */
export function upsertRows(db: AppDatabase, name: PackageTable, rows: readonly PackageRow[], changes: TableChanges): void {
  const { table, key } = packageTables[name];
  const existing = new Map(rowsWhere(db, name, key, rows.map((row) => keyOf(name, row))).map((row) => [keyOf(name, row), row]));
  for (const incoming of rows) {
    const row = ownColumns(name, incoming);
    const before = existing.get(keyOf(name, row));
    if (!before) {
      db.insert(table).values(row as never).run();
      changes.added += 1;
    } else if (stable(ownColumns(name, before)) !== stable({ ...ownColumns(name, before), ...row })) {
      db.update(table).set(row as never).where(inArray(key, [keyOf(name, row)])).run();
      changes.changed += 1;
    }
  }
}

/** Deletes the given rows by key. */
export function deleteRows(db: AppDatabase, name: PackageTable, keys: readonly string[], changes: TableChanges): void {
  if (keys.length === 0) return;
  const { table, key } = packageTables[name];
  db.delete(table).where(inArray(key, [...keys])).run();
  changes.removed += keys.length;
}

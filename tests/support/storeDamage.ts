import Database from 'better-sqlite3';

/**
 * Damage that quick_check does not see but integrity_check does: the units code index is re-declared over
 * another column, so its entries no longer match the table.
 */
export function putUnitsIndexOutOfStep(storeFile: string): void {
  const raw = new Database(storeFile);
  try {
    raw.unsafeMode(true);
    raw.pragma('writable_schema = ON');
    raw.prepare("update sqlite_master set sql = 'CREATE UNIQUE INDEX `units_code_unique` ON `units` (`name`)' where name = 'units_code_unique'").run();
  } finally {
    raw.close();
  }
}

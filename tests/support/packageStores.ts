import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestBackend } from './tempBackend';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Tables whose rows make up what a package can change, read with plain SQL (not through the code under test). */
const TABLES = [
  'units',
  'people',
  'checklist_templates',
  'checklist_versions',
  'checklist_items',
  'programmes',
  'planned_inspections',
  'audits',
  'audit_participants',
  'item_responses',
  'findings',
  'evidence_files',
  'evidence_links',
  'corrective_actions',
  'corrective_action_events',
  'audit_handovers',
  'imported_packages',
  'change_log',
];

/** Every row of those tables and every file under the data folder but the store's own: "unchanged" means this is equal. */
export function storeState(backend: TestBackend): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const table of TABLES) state[table] = backend.store.sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  for (const entry of fs.readdirSync(backend.dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /\.sqlite(-wal|-shm|-journal)?$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    // Packages the user picked, kept so a refused one can be tried again (with its password, say): not the store.
    if (path.relative(backend.dataDir, file).startsWith(`.goi-tai-len${path.sep}`)) continue;
    state[`file:${path.relative(backend.dataDir, file)}`] = sha(fs.readFileSync(file));
  }
  return state;
}

/** The rows of one audit in one table, by id: what must arrive byte for byte. */
export function auditRows(backend: TestBackend, table: string, auditId: string): unknown[] {
  const column = table === 'audits' ? 'id' : 'audit_id';
  return backend.store.sqlite.prepare(`SELECT * FROM ${table} WHERE ${column} = ? ORDER BY id`).all(auditId);
}

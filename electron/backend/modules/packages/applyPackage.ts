import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { auditHandovers, auditParticipants, audits, checklistTemplates, checklistVersions, correctiveActions, evidenceLinks, findings, importedPackages, itemResponses, people, plannedInspections, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { HandlerContext } from '../../api/context';
import { AppError, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import type { PackageManifest } from './packageFormat';
import { deleteRows, keyOf, packageTableNames, rowsWhere, upsertRows } from './packageRecords';
import type { PackageRecords, PackageTable, TableChanges } from './packageRecords';

export interface ImportChanges {
  tables: Partial<Record<PackageTable, TableChanges>>;
  added: number;
  changed: number;
  removed: number;
}

const kindWord = (manifest: PackageManifest) => text(`packages.kind.${manifest.kind}`);

/**
 * On a team laptop the coordinator's registry and checklists replace local records that carry the same code
 * under another id (the checklists every new store seeds, units typed in before the first package), as long as
 * nothing here uses them; one in use is refused by name rather than overwritten.
 */
function makeRoomForRegistry(db: AppDatabase, records: PackageRecords): void {
  for (const unit of records.units ?? []) {
    const clash = db.select({ id: units.id }).from(units).where(and(eq(units.code, String(unit.code)), ne(units.id, String(unit.id)))).get();
    if (!clash) continue;
    const used =
      db.select({ id: audits.id }).from(audits).where(eq(audits.unitId, clash.id)).get() ??
      db.select({ id: plannedInspections.id }).from(plannedInspections).where(eq(plannedInspections.unitId, clash.id)).get() ??
      db.select({ id: people.id }).from(people).where(eq(people.unitId, clash.id)).get() ??
      db.select({ id: correctiveActions.id }).from(correctiveActions).where(eq(correctiveActions.ownerUnitId, clash.id)).get();
    if (used) throw new AppError('CONFLICT', text('packages.errors.registryInUse', { what: text('errors.thing.unit'), code: String(unit.code) }));
    db.delete(units).where(eq(units.id, clash.id)).run();
  }
  for (const template of records.checklistTemplates ?? []) {
    const clash = db
      .select({ id: checklistTemplates.id })
      .from(checklistTemplates)
      .where(and(eq(checklistTemplates.code, String(template.code)), ne(checklistTemplates.id, String(template.id))))
      .get();
    if (!clash) continue;
    const versionIds = db.select({ id: checklistVersions.id }).from(checklistVersions).where(eq(checklistVersions.templateId, clash.id)).all().map((row) => row.id);
    const used =
      versionIds.length > 0 &&
      (db.select({ id: audits.id }).from(audits).where(inArray(audits.templateVersionId, versionIds)).get() ??
        db.select({ id: plannedInspections.id }).from(plannedInspections).where(inArray(plannedInspections.templateVersionId, versionIds)).get());
    if (used) throw new AppError('CONFLICT', text('packages.errors.registryInUse', { what: text('errors.thing.checklist'), code: String(template.code) }));
    db.delete(checklistTemplates).where(eq(checklistTemplates.id, clash.id)).run();
  }
}

/** A result replaces what the coordinator holds of each audit: rows the team removed are removed here too. */
function removeWhatTheTeamRemoved(db: AppDatabase, records: PackageRecords, auditIds: string[], tables: ImportChanges['tables']): void {
  const children = [
    ['evidenceLinks', evidenceLinks.auditId],
    ['findings', findings.auditId],
    ['itemResponses', itemResponses.auditId],
    ['auditParticipants', auditParticipants.auditId],
  ] as const;
  for (const [name, column] of children) {
    const kept = new Set((records[name] ?? []).map((row) => keyOf(name, row)));
    const gone = rowsWhere(db, name, column, auditIds).map((row) => keyOf(name, row)).filter((key) => !kept.has(key));
    deleteRows(db, name, gone, (tables[name] ??= { added: 0, changed: 0, removed: 0 }));
  }
}

/** Checks that belong to the store's state (ownership, ward), run inside the import's transaction. */
export function assertImportable(db: AppDatabase, manifest: PackageManifest, ownStoreId: string, file: string): void {
  if (manifest.source.storeId === ownStoreId) throw new AppError('CONFLICT', text('packages.errors.ownPackage', { file }));
  if (manifest.kind === 'result') {
    if (manifest.ward.storeId !== ownStoreId) throw new AppError('CONFLICT', text('packages.errors.foreignWard', { file, ward: manifest.ward.name }));
    for (const audit of manifest.audits) {
      const away = db
        .select()
        .from(auditHandovers)
        .where(and(eq(auditHandovers.auditId, audit.id), eq(auditHandovers.direction, 'out'), isNull(auditHandovers.returnedAt)))
        .get();
      if (!away) throw new AppError('CONFLICT', text('packages.errors.resultNotAway', { title: audit.title }));
    }
    return;
  }
  const ward = db.select({ wardStoreId: importedPackages.wardStoreId }).from(importedPackages).where(eq(importedPackages.kind, 'handout')).get();
  const handedOutHere = db.select({ id: auditHandovers.auditId }).from(auditHandovers).where(eq(auditHandovers.direction, 'out')).get();
  if (handedOutHere) throw new AppError('CONFLICT', text('packages.errors.wrongKind', { file, kind: kindWord(manifest) }));
  if (ward ? ward.wardStoreId !== manifest.ward.storeId : manifest.kind === 'followup') {
    throw new AppError('CONFLICT', text('packages.errors.foreignWard', { file, ward: manifest.ward.name }));
  }
}

/** Writes the package's records in one transaction (the caller's); evidence files are already in place. */
export function applyPackage(ctx: HandlerContext, manifest: PackageManifest, records: PackageRecords): ImportChanges {
  const db = ctx.store.db;
  const tables: ImportChanges['tables'] = {};
  const auditIds = manifest.audits.map((audit) => audit.id);
  // Units and their heads point at each other: checked at commit, when both are in.
  ctx.store.sqlite.pragma('defer_foreign_keys = ON');
  if (manifest.kind === 'handout') makeRoomForRegistry(db, records);
  if (manifest.kind === 'result') {
    // The coordinator keeps its own links of the audit (baseline, programme entry); the team never had the baseline.
    const own = new Map(rowsWhere(db, 'audits', audits.id, auditIds).map((row) => [String(row.id), row]));
    records = { ...records, audits: (records.audits ?? []).map((row) => ({ ...row, baselineAuditId: own.get(String(row.id))?.baselineAuditId ?? null })) };
    removeWhatTheTeamRemoved(db, records, auditIds, tables);
  }
  for (const name of packageTableNames) {
    const rows = records[name];
    if (!rows || rows.length === 0) continue;
    upsertRows(db, name, rows, (tables[name] ??= { added: 0, changed: 0, removed: 0 }));
  }
  const at = ctx.now().toISOString();
  if (manifest.kind === 'handout') {
    for (const auditId of auditIds) {
      const row = { auditId, direction: 'in' as const, machineName: manifest.source.machineName, wardStoreId: manifest.ward.storeId, packageId: manifest.packageId, handedAt: manifest.createdAt, returnedAt: null };
      db.insert(auditHandovers).values(row).onConflictDoUpdate({ target: auditHandovers.auditId, set: row }).run();
    }
  }
  if (manifest.kind === 'result') {
    db.update(auditHandovers).set({ returnedAt: at }).where(and(inArray(auditHandovers.auditId, auditIds), eq(auditHandovers.direction, 'out'))).run();
  }
  const totals = Object.values(tables).reduce((sum, t) => ({ added: sum.added + t.added, changed: sum.changed + t.changed, removed: sum.removed + t.removed }), { added: 0, changed: 0, removed: 0 });
  const changes: ImportChanges = { tables, ...totals };
  db.insert(importedPackages)
    .values({ packageId: manifest.packageId, kind: manifest.kind, wardStoreId: manifest.ward.storeId, sourceMachineName: manifest.source.machineName, createdAt: manifest.createdAt, importedAt: at, summary: changes })
    .run();
  recordChange(ctx, { entity: 'package', entityId: manifest.packageId, action: 'create', changes: { kind: manifest.kind, from: manifest.source.machineName, audits: auditIds, ...totals } });
  return changes;
}

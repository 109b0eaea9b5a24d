import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { auditHandovers, audits } from '../../../../db/schema';
import type { ExportedPackage } from '../../../shared/contract/packages';
import type { HandlerContext } from '../../api/context';
import { AppError, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { backgroundWork } from '../../workers/workerPool';
import { exclusively } from '../backups/takeBackup';
import { evidencePath } from '../evidence/evidenceFiles';
import { machineIdentity } from '../identity/machineFile';
import { readStoreIdentity } from '../identity/storeIdentityRow';
import { awayHandover } from './handovers';
import { recordCounts, recordsFor, recordsJson } from './packageContent';
import { packageFileName } from './packageFormat';
import type { PackageKind } from './packageFormat';

export interface ExportRequest {
  kind: PackageKind;
  auditIds: string[];
  password?: string;
  /** For a hand-out: the team laptop the audits go to. */
  machineName?: string;
}

/** Where every export is written: the user gets it as a download ("save as" in the desktop app), never by a path. */
export const defaultPackageFolder = (dataDir: string) => path.join(dataDir, 'goi-du-lieu');

/** The audits a request names, refused as a whole when one cannot go in this kind of package. */
function auditsToExport(ctx: HandlerContext, request: ExportRequest): { id: string; title: string }[] {
  const db = ctx.store.db;
  let ids = request.auditIds;
  if (request.kind === 'result' && ids.length === 0) {
    ids = db.select({ id: auditHandovers.auditId }).from(auditHandovers).where(eq(auditHandovers.direction, 'in')).all().map((row) => row.id);
  }
  const rows = ids.length === 0 ? [] : db.select({ id: audits.id, title: audits.title, status: audits.status }).from(audits).where(inArray(audits.id, ids)).orderBy(audits.id).all();
  if (rows.length === 0 || rows.length !== new Set(ids).size) throw new AppError('VALIDATION', text('packages.errors.nothingToExport'));
  for (const audit of rows) {
    if (request.kind === 'handout' && (audit.status !== 'in_progress' || awayHandover(db, audit.id))) {
      throw new AppError('CONFLICT', text('packages.errors.notHandable', { title: audit.title }));
    }
    if (request.kind === 'result') {
      const received = db.select().from(auditHandovers).where(and(eq(auditHandovers.auditId, audit.id), eq(auditHandovers.direction, 'in'))).get();
      if (!received) throw new AppError('VALIDATION', text('packages.errors.nothingToExport'));
    }
    if (request.kind === 'followup') {
      const returned = db.select().from(auditHandovers).where(and(eq(auditHandovers.auditId, audit.id), eq(auditHandovers.direction, 'out'), isNotNull(auditHandovers.returnedAt))).get();
      if (!returned) throw new AppError('VALIDATION', text('packages.errors.nothingToExport'));
    }
  }
  return rows.map(({ id, title }) => ({ id, title }));
}

/** The ward a package belongs to: this store, or for a result the coordinator's store the audits came from. */
function wardOf(ctx: HandlerContext, kind: PackageKind, auditIds: string[]) {
  const own = readStoreIdentity(ctx.store.db);
  if (kind !== 'result') return { storeId: own.id, name: own.name };
  const received = ctx.store.db.select().from(auditHandovers).where(and(inArray(auditHandovers.auditId, auditIds), eq(auditHandovers.direction, 'in'))).get()!;
  return { storeId: received.wardStoreId, name: received.machineName };
}

/**
 * Reads the records here, then writes the package on a worker thread (streamed, hashed, sealed when a password is
 * given). A hand-out marks its audits away only once the package file exists.
 */
export async function exportPackage(ctx: HandlerContext, request: ExportRequest): Promise<ExportedPackage> {
  const chosen = auditsToExport(ctx, request);
  const auditIds = chosen.map((audit) => audit.id);
  const records = recordsFor[request.kind](ctx.store.db, auditIds);
  const machine = machineIdentity(ctx.config.dataDir);
  const store = readStoreIdentity(ctx.store.db);
  const now = ctx.now();
  const evidence = (records.evidenceFiles ?? []).map((row) => ({ sha256: String(row.sha256), filePath: evidencePath(ctx.config.dataDir, String(row.sha256)) }));
  const counts = recordCounts(records);
  const written = await exclusively(ctx.config.dataDir, 'export', now, (progress) =>
    backgroundWork.run('packages.write', {
      folder: defaultPackageFolder(ctx.config.dataDir),
      fileName: packageFileName(request.kind, now),
      data: recordsJson(records),
      evidence,
      manifest: {
        kind: request.kind,
        packageId: randomUUID(),
        ward: wardOf(ctx, request.kind, auditIds),
        source: { machineId: machine.id, machineName: machine.name, storeId: store.id, storeName: store.name },
        createdAt: now.toISOString(),
        appVersion: ctx.config.appVersion,
        audits: chosen,
        counts,
      },
      password: request.password || undefined,
      progress,
    }),
  );
  if (request.kind === 'handout') {
    ctx.store.sqlite.transaction(() => {
      for (const audit of chosen) {
        const row = { auditId: audit.id, direction: 'out' as const, machineName: request.machineName!, wardStoreId: store.id, packageId: written.manifest.packageId, handedAt: now.toISOString(), returnedAt: null };
        ctx.store.db.insert(auditHandovers).values(row).onConflictDoUpdate({ target: auditHandovers.auditId, set: row }).run();
        recordChange(ctx, { entity: 'auditHandover', entityId: audit.id, action: 'create', changes: { machine: request.machineName, packageId: written.manifest.packageId } });
      }
    }).immediate();
  }
  return {
    filePath: written.filePath,
    fileName: path.basename(written.filePath),
    size: written.size,
    kind: request.kind,
    audits: chosen,
    counts,
    files: evidence.length,
    encrypted: Boolean(request.password),
  };
}

import { eq } from 'drizzle-orm';
import { auditHandovers } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { AppError, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { requireAuditRow } from '../audits/auditRules';
import { exportPackage } from './exportPackage';
import { awayHandover, listHandovers } from './handovers';
import { importPackage, previewPackage } from './importPackage';
import { packageChunk, receiveChunk } from './packageTransfer';

export const packagesHandlers: ModuleHandlers<
  'packages.handovers' | 'packages.handOut' | 'packages.exportResult' | 'packages.exportFollowup' | 'packages.upload' | 'packages.download' | 'packages.preview' | 'packages.import' | 'packages.cancelHandover'
> = {
  'packages.handovers': (ctx) => listHandovers(ctx.store.db),
  'packages.handOut': (ctx, { auditIds, machineName, password }) => exportPackage(ctx, { kind: 'handout', auditIds, machineName, password }),
  'packages.exportResult': (ctx, { auditIds, password }) => exportPackage(ctx, { kind: 'result', auditIds: auditIds ?? [], password }),
  'packages.exportFollowup': (ctx, { auditIds, password }) => exportPackage(ctx, { kind: 'followup', auditIds, password }),
  'packages.upload': (ctx, chunk) => receiveChunk(ctx.config.dataDir, chunk),
  'packages.download': (ctx, { fileName, offset }) => packageChunk(ctx.config.dataDir, fileName, offset),
  'packages.preview': (ctx, { uploadId, password }) => previewPackage(ctx, uploadId, password),
  'packages.import': (ctx, { uploadId, password }) => importPackage(ctx, uploadId, password),
  'packages.cancelHandover': (ctx, { auditId }) => {
    const audit = requireAuditRow(ctx.store.db, auditId);
    const away = awayHandover(ctx.store.db, auditId);
    if (!away) throw new AppError('CONFLICT', text('packages.errors.notHandedOut', { title: audit.title }));
    ctx.store.db.delete(auditHandovers).where(eq(auditHandovers.auditId, auditId)).run();
    recordChange(ctx, { entity: 'auditHandover', entityId: auditId, action: 'delete', changes: { machine: away.machineName, packageId: away.packageId, cancelled: true } });
    return listHandovers(ctx.store.db);
  },
};

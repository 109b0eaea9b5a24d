import { and, between, eq } from 'drizzle-orm';
import { audits } from '../../../../db/schema';
import { newestMinutesUnsigned } from '../home/auditAttention';
import type { ModuleHandlers } from '../../api/handlers';
import { requireAuditDetail, selectAuditList } from './auditViews';

export const listAudits: ModuleHandlers<'audits.list'>['audits.list'] = (ctx, input) =>
  selectAuditList(
    ctx.store.db,
    and(
      input.year ? between(audits.startDate, `${input.year}-01-01`, `${input.year}-12-31`) : undefined,
      input.kind ? eq(audits.kind, input.kind) : undefined,
      input.unitId ? eq(audits.unitId, input.unitId) : undefined,
      input.status ? eq(audits.status, input.status) : undefined,
      input.minutesUnsigned ? newestMinutesUnsigned(ctx.store.db) : undefined,
    ),
  );

export const getAudit: ModuleHandlers<'audits.get'>['audits.get'] = (ctx, { id }) => requireAuditDetail(ctx.store.db, id);

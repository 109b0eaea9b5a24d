import { and, eq } from 'drizzle-orm';
import { issuedMinutes } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { AppError, sentences } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { assertSetupCompleted } from '../setup/setupStatus';
import { issueBlockers } from './issueBlockers';
import { issuedMinutesView } from './issuedMinutesViews';
import { issueMinutesRecord } from './issueMinutesRecord';
import { readAudit, readParticipants } from './loadMinutesSource';
import { readMinutesSigners } from './minutesInputs';
import { runSerially } from './serialWrites';

/** Issues the minutes of a closed audit: numbers them, keeps the PDF, and locks the audit. */
export const issueMinutes: ModuleHandlers<'minutes.issue'>['minutes.issue'] = (ctx, input) =>
  runSerially(async () => {
    assertSetupCompleted(ctx.store.db);
    const audit = readAudit(ctx.store.db, input.auditId);
    const blockers = issueBlockers(audit.status, readParticipants(ctx.store.db, audit.id), firstMinutesCode(ctx.store.db, audit.id));
    if (blockers.length > 0) throw new AppError(audit.status === 'locked' ? 'LOCKED' : 'CONFLICT', sentences(blockers));
    const row = await issueMinutesRecord(ctx, audit.id, { revision: 0, supplements: null, corrections: '' });
    return issuedMinutesView(ctx.config.dataDir, ctx.store.db, row, audit.kind, readMinutesSigners(ctx.store.db, audit.id));
  });

export function firstMinutesCode(db: AppDatabase, auditId: string): string | null {
  const row = db
    .select({ code: issuedMinutes.documentCode })
    .from(issuedMinutes)
    .where(and(eq(issuedMinutes.auditId, auditId), eq(issuedMinutes.revision, 0)))
    .get();
  return row?.code ?? null;
}

import { desc, eq } from 'drizzle-orm';
import { issuedMinutes } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { issuedMinutesView, readIssuedMinutes } from './issuedMinutesViews';
import { issueMinutesRecord } from './issueMinutesRecord';
import { readAudit } from './loadMinutesSource';
import { readMinutesSigners } from './minutesInputs';
import { runSerially } from './serialWrites';

/** A biên bản bổ sung: its own number, its own revision, referring to the first minutes of the audit. */
export const correctMinutes: ModuleHandlers<'minutes.correct'>['minutes.correct'] = (ctx, input) =>
  runSerially(async () => {
    const corrected = readIssuedMinutes(ctx.store.db, input.minutesId);
    const first = corrected.supersedesId ? readIssuedMinutes(ctx.store.db, corrected.supersedesId) : corrected;
    const audit = readAudit(ctx.store.db, first.auditId);
    const last = ctx.store.db
      .select({ revision: issuedMinutes.revision })
      .from(issuedMinutes)
      .where(eq(issuedMinutes.auditId, audit.id))
      .orderBy(desc(issuedMinutes.revision))
      .get();
    const row = await issueMinutesRecord(ctx, audit.id, { revision: (last?.revision ?? 0) + 1, supplements: first, corrections: input.corrections });
    return issuedMinutesView(ctx.config.dataDir, ctx.store.db, row, audit.kind, readMinutesSigners(ctx.store.db, audit.id));
  });

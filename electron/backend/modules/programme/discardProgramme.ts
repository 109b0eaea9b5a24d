import { eq } from 'drizzle-orm';
import { programmes } from '../../../../db/schema';
import { conflict, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertDraft } from './programmeGuards';
import { entriesOf, requireProgramme, startedEntryIds } from './programmeRows';

export const discardProgramme: ModuleHandlers<'programme.discard'>['programme.discard'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const programme = requireProgramme(db, id);
  assertDraft(programme);
  const entries = entriesOf(db, id);
  const started = startedEntryIds(
    db,
    entries.map((e) => e.id),
  ).size;
  if (started > 0) throw conflict(text('errors.programme.startedNoDiscard', { count: started }));
  db.delete(programmes).where(eq(programmes.id, id)).run();
  recordChange(ctx, { entity: 'programme', entityId: id, action: 'delete', changes: { year: programme.year, entries: entries.length } });
  return { year: programme.year };
};

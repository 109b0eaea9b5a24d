import { conflict, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertDraft } from './programmeGuards';
import { deleteProgramme, entryIdsOf } from './entryWrites';
import { requireProgramme, startedEntryIds } from './programmeRows';

export const discardProgramme: ModuleHandlers<'programme.discard'>['programme.discard'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const programme = requireProgramme(db, id);
  assertDraft(programme);
  const entryIds = entryIdsOf(db, id);
  const started = startedEntryIds(db, entryIds).size;
  if (started > 0) throw conflict(text('errors.programme.startedNoDiscard', { count: started }));
  deleteProgramme(db, id);
  recordChange(ctx, { entity: 'programme', entityId: id, action: 'delete', changes: { year: programme.year, entries: entryIds.length } });
  return { year: programme.year };
};

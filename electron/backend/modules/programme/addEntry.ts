import { max, eq } from 'drizzle-orm';
import { plannedInspections } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { readSettings } from '../organization/readSettings';
import { insertEntry } from './entryWrites';
import { assertDraft, assertEntryStorable } from './programmeGuards';
import { requireProgramme } from './programmeRows';
import { programmeViewAfterEdit } from './respond';

export const addEntry: ModuleHandlers<'programme.addEntry'>['programme.addEntry'] = (ctx, { programmeId, ...entry }) => {
  const { db } = ctx.store;
  const programme = requireProgramme(db, programmeId);
  assertDraft(programme);
  assertEntryStorable(db, programme, entry);
  const { cchcContent, isoContent } = readSettings(db).programmeDocument;
  const content = entry.content || (entry.kind === 'CCHC' ? cchcContent : isoContent);
  const last = db.select({ value: max(plannedInspections.sortOrder) }).from(plannedInspections).where(eq(plannedInspections.programmeId, programmeId)).get()?.value ?? 0;
  const id = insertEntry(db, programmeId, { ...entry, content }, last + 10);
  recordChange(ctx, { entity: 'plannedInspection', entityId: id, action: 'create', changes: { programmeId, ...entry, content } });
  return programmeViewAfterEdit(ctx, programmeId);
};

import { max, eq } from 'drizzle-orm';
import { plannedInspections } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { readSettings } from '../organization/readSettings';
import { localDateOf } from '../../../shared/dates';
import { insertEntry } from './entryWrites';
import { plannerNote } from './plannerNote';
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
  const selection = plannerNote(db, programme.year, entry.kind, entry.unitId, localDateOf(ctx.now()));
  const id = insertEntry(db, programmeId, { ...entry, content, selection }, last + 10);
  recordChange(ctx, { entity: 'plannedInspection', entityId: id, action: 'create', changes: { programmeId, ...entry, content } });
  return programmeViewAfterEdit(ctx, programmeId);
};

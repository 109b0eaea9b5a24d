import { programmes } from '../../../../db/schema';
import { localDateOf } from '../../../shared/dates';
import { localize } from '../../../shared/i18n/catalog';
import { AppError, conflict, invalid, issue, sentences, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { deleteProgramme, entryIdsOf, insertEntries } from './entryWrites';
import { loadPlanningInput, planningSettingsOf } from './loadPlanning';
import { generateProgramme } from './planning/generateProgramme';
import type { ProgrammeParameters } from './programmeRows';
import { programmeOfYear, requireProgramme, startedEntryIds } from './programmeRows';
import { buildProgrammeView } from './programmeView';

/** The plan's title as printed, so in Vietnamese. */
export const programmeTitle = (year: number) => localize(text('store.programmeTitle', { year }));

/**
 * Generates the year's programme and stores it as a draft. A draft of the same year is replaced only
 * when the caller confirms it; an approved programme, or a draft some audit started from, is kept.
 */
export const generateForYear: ModuleHandlers<'programme.generate'>['programme.generate'] = (ctx, { year, replaceDraft }) => {
  const { db } = ctx.store;
  const today = localDateOf(ctx.now());
  const existing = programmeOfYear(db, year);
  if (existing) {
    if (existing.status === 'approved') {
      throw new AppError('LOCKED', text('errors.programme.approvedNoRegenerate', { year }));
    }
    const entryIds = entryIdsOf(db, existing.id);
    if (!replaceDraft) {
      throw conflict(text('errors.programme.draftExists', { year, count: entryIds.length }));
    }
    const started = startedEntryIds(db, entryIds).size;
    if (started > 0) throw conflict(text('errors.programme.startedNoRegenerate', { year, count: started }));
  }

  const input = loadPlanningInput(db, year, today);
  const result = generateProgramme(input);
  if (!result.ok) {
    throw invalid(
      text('errors.programme.impossible', { year, reasons: sentences(result.reasons) }),
      result.reasons.map((reason) => issue('year', reason)),
    );
  }

  if (existing) {
    deleteProgramme(db, existing.id);
    recordChange(ctx, { entity: 'programme', entityId: existing.id, action: 'delete', changes: { year, replacedByGeneration: true } });
  }
  const parameters: ProgrammeParameters = { generatedAt: ctx.now().toISOString(), settings: planningSettingsOf(input.settings) };
  const { id } = db.insert(programmes).values({ year, title: programmeTitle(year), parameters }).returning({ id: programmes.id }).get();
  const { cchcContent, isoContent } = input.settings.programmeDocument;
  const rows = insertEntries(
    db,
    id,
    result.entries.map((entry) => ({ kind: entry.kind, unitId: entry.unitId, date: entry.date, team: entry.team, content: entry.kind === 'CCHC' ? cchcContent : isoContent, selection: entry.selection })),
  );
  recordChange(ctx, {
    entity: 'programme',
    entityId: id,
    action: 'create',
    changes: {
      year,
      cchc: result.entries.filter((e) => e.kind === 'CCHC').length,
      iso: result.entries.filter((e) => e.kind === 'ISO').length,
    },
  });
  // Nothing the planning input holds has changed since it was read, and the generator checked these very
  // entries (teams in the store's order): its check stands, with each entry named by its stored id
  // (a generated programme has one entry per unit and kind, or it would have broken a hard rule).
  const storedId = new Map(rows.map((row) => [`${row.kind}|${row.unitId}`, row.id]));
  const idAt = result.entries.map((entry) => storedId.get(`${entry.kind}|${entry.unitId}`)!);
  const violations = result.warnings.map((violation) => ({ ...violation, entryIds: violation.entryIds.map((index) => idAt[Number(index)]!) }));
  const teams = new Map(result.entries.map((entry, index) => [idAt[index]!, entry.team]));
  return buildProgrammeView(db, requireProgramme(db, id), today, input, { rows, teams, check: { violations, coverage: result.coverage } });
};

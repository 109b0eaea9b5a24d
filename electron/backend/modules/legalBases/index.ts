import type { ModuleHandlers } from '../../api/handlers';
import { createLegalBasis } from './createLegalBasis';
import { selectLegalBases } from './legalBasisRows';
import { legalBasisLines } from './renderLegalBases';
import { reorderLegalBases } from './reorderLegalBases';
import { setLegalBasisRetired } from './setLegalBasisRetired';
import { updateLegalBasis } from './updateLegalBasis';

export const legalBasesHandlers: ModuleHandlers<
  'legalBases.list' | 'legalBases.create' | 'legalBases.update' | 'legalBases.reorder' | 'legalBases.setRetired' | 'legalBases.render'
> = {
  'legalBases.list': (ctx, { includeRetired }) => selectLegalBases(ctx.store.db).filter((basis) => includeRetired || !basis.retired),
  'legalBases.create': createLegalBasis,
  'legalBases.update': updateLegalBasis,
  'legalBases.reorder': reorderLegalBases,
  'legalBases.setRetired': setLegalBasisRetired,
  'legalBases.render': (ctx, { documentKind, year }) => legalBasisLines(ctx.store.db, documentKind, year),
};

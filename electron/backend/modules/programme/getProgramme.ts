import { localDateOf } from '../../../shared/dates';
import type { ModuleHandlers } from '../../api/handlers';
import { programmeOfYear } from './programmeRows';
import { buildProgrammeView } from './programmeView';

export const getProgramme: ModuleHandlers<'programme.get'>['programme.get'] = (ctx, { year }) => {
  const programme = programmeOfYear(ctx.store.db, year);
  return programme ? buildProgrammeView(ctx.store.db, programme, localDateOf(ctx.now())) : null;
};

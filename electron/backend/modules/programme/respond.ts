import { localDateOf } from '../../../shared/dates';
import type { ProgrammeView } from '../../../shared/contract/programme';
import type { HandlerContext } from '../../api/context';
import { requireProgramme } from './programmeRows';
import { buildProgrammeView } from './programmeView';

/** Every edit answers with the whole programme, so the coverage meter and the rule list update at once. */
export function programmeViewAfterEdit(ctx: HandlerContext, programmeId: string): ProgrammeView {
  return buildProgrammeView(ctx.store.db, requireProgramme(ctx.store.db, programmeId), localDateOf(ctx.now()));
}

import { and, eq } from 'drizzle-orm';
import { people } from '../../../../db/schema';
import { matchesSearch } from '../../../shared/text';
import type { ModuleHandlers } from '../../api/handlers';
import { selectPersonViews } from './personViews';

export const listPeople: ModuleHandlers<'people.list'>['people.list'] = (ctx, input) =>
  selectPersonViews(
    ctx.store.db,
    and(input.includeInactive ? undefined : eq(people.active, true), input.unitId ? eq(people.unitId, input.unitId) : undefined),
  ).filter((person) => matchesSearch([person.fullName, person.position, person.unitName ?? ''], input.search));

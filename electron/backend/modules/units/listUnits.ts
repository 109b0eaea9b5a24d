import { eq } from 'drizzle-orm';
import { units } from '../../../../db/schema';
import { matchesSearch } from '../../../shared/text';
import type { ModuleHandlers } from '../../api/handlers';
import { selectUnitViews } from './unitViews';

export const listUnits: ModuleHandlers<'units.list'>['units.list'] = (ctx, input) =>
  selectUnitViews(ctx.store.db, input.includeInactive ? undefined : eq(units.active, true)).filter((unit) =>
    matchesSearch([unit.name, unit.code, unit.shortName, unit.headName ?? ''], input.search),
  );

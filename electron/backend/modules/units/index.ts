import type { ModuleHandlers } from '../../api/handlers';
import { createUnit } from './createUnit';
import { getUnit } from './getUnit';
import { listUnits } from './listUnits';
import { setUnitActive } from './setUnitActive';
import { updateUnit } from './updateUnit';

export const unitsHandlers: ModuleHandlers<'units.list' | 'units.get' | 'units.create' | 'units.update' | 'units.setActive'> = {
  'units.list': listUnits,
  'units.get': getUnit,
  'units.create': createUnit,
  'units.update': updateUnit,
  'units.setActive': setUnitActive,
};

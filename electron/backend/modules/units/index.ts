import type { ModuleHandlers } from '../../api/handlers';
import { createUnit } from './createUnit';
import { createUnits } from './createUnits';
import { getUnit } from './getUnit';
import { importUnits } from './importUnits';
import { listUnits } from './listUnits';
import { setUnitActive } from './setUnitActive';
import { updateUnit } from './updateUnit';

export const unitsHandlers: ModuleHandlers<'units.list' | 'units.get' | 'units.create' | 'units.createMany' | 'units.importXlsx' | 'units.update' | 'units.setActive'> = {
  'units.list': listUnits,
  'units.get': getUnit,
  'units.create': createUnit,
  'units.createMany': createUnits,
  'units.importXlsx': importUnits,
  'units.update': updateUnit,
  'units.setActive': setUnitActive,
};

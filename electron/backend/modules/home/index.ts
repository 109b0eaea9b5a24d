import type { ModuleHandlers } from '../../api/handlers';
import { homeAttention } from './homeAttention';
import { homeCharts } from './homeCharts';

export const homeHandlers: ModuleHandlers<'home.attention' | 'home.charts'> = {
  'home.attention': homeAttention,
  'home.charts': homeCharts,
};

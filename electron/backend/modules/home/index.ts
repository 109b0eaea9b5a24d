import type { ModuleHandlers } from '../../api/handlers';
import { homeAttention } from './homeAttention';

export const homeHandlers: ModuleHandlers<'home.attention'> = {
  'home.attention': homeAttention,
};

import type { ModuleHandlers } from '../../api/handlers';
import { searchEverything } from './searchEverything';

export const searchHandlers: ModuleHandlers<'search.everything'> = {
  'search.everything': searchEverything,
};

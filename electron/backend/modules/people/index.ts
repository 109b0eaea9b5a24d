import type { ModuleHandlers } from '../../api/handlers';
import { listPeople } from './listPeople';

export const peopleHandlers: ModuleHandlers<'people.list'> = {
  'people.list': listPeople,
};

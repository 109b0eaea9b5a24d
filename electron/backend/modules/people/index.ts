import type { ModuleHandlers } from '../../api/handlers';
import { createPerson } from './createPerson';
import { getPerson } from './getPerson';
import { listPeople } from './listPeople';
import { setPersonActive } from './setPersonActive';
import { updatePerson } from './updatePerson';

export const peopleHandlers: ModuleHandlers<'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.setActive'> = {
  'people.list': listPeople,
  'people.get': getPerson,
  'people.create': createPerson,
  'people.update': updatePerson,
  'people.setActive': setPersonActive,
};

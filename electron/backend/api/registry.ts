import { changeLogHandlers } from '../modules/changeLog';
import { organizationHandlers } from '../modules/organization';
import { peopleHandlers } from '../modules/people';
import { profilesHandlers } from '../modules/profiles';
import { unitsHandlers } from '../modules/units';
import type { HandlerMap } from './handlers';

/** Every contract method's handler; the type fails to check if one is missing. */
export const handlers: HandlerMap = {
  ...profilesHandlers,
  ...organizationHandlers,
  ...unitsHandlers,
  ...peopleHandlers,
  ...changeLogHandlers,
};

import { actionsHandlers } from '../modules/actions';
import { auditsHandlers } from '../modules/audits';
import { backupsHandlers } from '../modules/backups';
import { changeLogHandlers } from '../modules/changeLog';
import { checklistsHandlers } from '../modules/checklists';
import { evidenceHandlers } from '../modules/evidence';
import { findingsHandlers } from '../modules/findings';
import { holidaysHandlers } from '../modules/holidays';
import { homeHandlers } from '../modules/home';
import { identityHandlers } from '../modules/identity';
import { packagesHandlers } from '../modules/packages';
import { legalBasesHandlers } from '../modules/legalBases';
import { minutesHandlers } from '../modules/minutes';
import { organizationHandlers } from '../modules/organization';
import { peopleHandlers } from '../modules/people';
import { profilesHandlers } from '../modules/profiles';
import { reportsHandlers } from '../modules/reporting';
import { searchHandlers } from '../modules/search';
import { setupHandlers } from '../modules/setup';
import { programmeHandlers } from '../modules/programme';
import { signaturesHandlers } from '../modules/signatures';
import { signingHandlers } from '../modules/signing';
import { storeHealthHandlers } from '../modules/storeHealth';
import { unitsHandlers } from '../modules/units';
import type { HandlerMap } from './handlers';

/** Every contract method's handler; the type fails to check if one is missing. */
export const handlers: HandlerMap = {
  ...profilesHandlers,
  ...storeHealthHandlers,
  ...backupsHandlers,
  ...identityHandlers,
  ...packagesHandlers,
  ...organizationHandlers,
  ...setupHandlers,
  ...legalBasesHandlers,
  ...unitsHandlers,
  ...peopleHandlers,
  ...holidaysHandlers,
  ...programmeHandlers,
  ...changeLogHandlers,
  ...actionsHandlers,
  ...signaturesHandlers,
  ...signingHandlers,
  ...minutesHandlers,
  ...checklistsHandlers,
  ...auditsHandlers,
  ...findingsHandlers,
  ...evidenceHandlers,
  ...homeHandlers,
  ...reportsHandlers,
  ...searchHandlers,
};

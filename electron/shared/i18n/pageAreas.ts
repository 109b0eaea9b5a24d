import { actionsMessages } from './areas/actions';
import { auditsMessages } from './areas/audits';
import { backupsMessages } from './areas/backups';
import { checklistsMessages } from './areas/checklists';
import { errorsMessages } from './areas/errors';
import { homeMessages } from './areas/home';
import { identityMessages } from './areas/identity';
import { packagesMessages } from './areas/packages';
import { formsMessages } from './areas/forms';
import { actionStepsMessages } from './areas/actionSteps';
import { menuMessages } from './areas/menu';
import { minutesMessages } from './areas/minutes';
import { peopleMessages } from './areas/people';
import { programmeMessages } from './areas/programme';
import { reportsMessages } from './areas/reports';
import { isoReportsMessages } from './areas/isoReports';
import { settingsMessages } from './areas/settings';
import { setupMessages } from './areas/setup';
import { tokenSigningMessages } from './areas/tokenSigning';
import { unitsMessages } from './areas/units';
import { wordCopiesMessages } from './areas/wordCopies';
import { signingRulesMessages } from './areas/signingRules';
import { auditClosingMessages } from './areas/auditClosing';
import { documentOutputMessages } from './areas/documentOutput';
import { storeMessages } from './areas/store';
import { startupMessages } from './areas/startup';
import { workbookImportMessages } from './areas/workbookImport';
import { planningMessages } from './areas/planning';
import { blockersMessages } from './areas/blockers';
import { webHostMessages } from './areas/webHost';
import { storeProblemsMessages } from './areas/storeProblems';

/**
 * The Vietnamese areas of the pages, as opposed to the first screen's (shell, search, store health, and
 * the field messages that schemas make when their module loads):
 * the back end has them from the start; the renderer fetches them with the first page it shows.
 */
export const pageVietnamese = {
  ...actionsMessages.vi,
  ...auditsMessages.vi,
  ...backupsMessages.vi,
  ...checklistsMessages.vi,
  ...errorsMessages.vi,
  ...homeMessages.vi,
  ...identityMessages.vi,
  ...packagesMessages.vi,
  ...formsMessages.vi,
  ...actionStepsMessages.vi,
  ...menuMessages.vi,
  ...minutesMessages.vi,
  ...peopleMessages.vi,
  ...programmeMessages.vi,
  ...reportsMessages.vi,
  ...isoReportsMessages.vi,
  ...settingsMessages.vi,
  ...setupMessages.vi,
  ...tokenSigningMessages.vi,
  ...unitsMessages.vi,
  ...wordCopiesMessages.vi,
  ...signingRulesMessages.vi,
  ...auditClosingMessages.vi,
  ...documentOutputMessages.vi,
  ...storeMessages.vi,
  ...startupMessages.vi,
  ...workbookImportMessages.vi,
  ...planningMessages.vi,
  ...blockersMessages.vi,
  ...webHostMessages.vi,
  ...storeProblemsMessages.vi,
};

import { actionsEnglish } from './en/actions';
import { auditsEnglish } from './en/audits';
import { backupsEnglish } from './en/backups';
import { checklistsEnglish } from './en/checklists';
import { errorsEnglish } from './en/errors';
import { homeEnglish } from './en/home';
import { identityEnglish } from './en/identity';
import { packagesEnglish } from './en/packages';
import { formsEnglish } from './en/forms';
import { actionStepsEnglish } from './en/actionSteps';
import { menuEnglish } from './en/menu';
import { minutesEnglish } from './en/minutes';
import { peopleEnglish } from './en/people';
import { programmeEnglish } from './en/programme';
import { reportsEnglish } from './en/reports';
import { isoReportsEnglish } from './en/isoReports';
import { settingsEnglish } from './en/settings';
import { setupEnglish } from './en/setup';
import { tokenSigningEnglish } from './en/tokenSigning';
import { shellEnglish } from './en/shell';
import { storeHealthEnglish } from './en/storeHealth';
import { unitsEnglish } from './en/units';
import { wordCopiesEnglish } from './en/wordCopies';
import { signingRulesEnglish } from './en/signingRules';
import { wayfindingEnglish } from './en/wayfinding';
import { auditClosingEnglish } from './en/auditClosing';
import { documentOutputEnglish } from './en/documentOutput';
import { fieldsEnglish } from './en/fields';
import { storeEnglish } from './en/store';
import { startupEnglish } from './en/startup';
import type { Message, MessageKey } from './catalog';
import { workbookImportEnglish } from './en/workbookImport';
import { planningEnglish } from './en/planning';
import { blockersEnglish } from './en/blockers';
import { webHostEnglish } from './en/webHost';
import { storeProblemsEnglish } from './en/storeProblems';
import { contractRulesEnglish } from './en/contractRules';
import { sharedRulesEnglish } from './en/sharedRules';

/** English must translate every Vietnamese key: the type fails to check otherwise. */
export const english: Record<MessageKey, Message> = {
  ...shellEnglish,
  ...unitsEnglish,
  ...peopleEnglish,
  ...programmeEnglish,
  ...settingsEnglish,
  ...menuEnglish,
  ...actionsEnglish,
  ...minutesEnglish,
  ...checklistsEnglish,
  ...auditsEnglish,
  ...storeHealthEnglish,
  ...setupEnglish,
  ...errorsEnglish,
  ...tokenSigningEnglish,
  ...reportsEnglish,
  ...homeEnglish,
  ...backupsEnglish,
  ...identityEnglish,
  ...isoReportsEnglish,
  ...wordCopiesEnglish,
  ...signingRulesEnglish,
  ...packagesEnglish,
  ...wayfindingEnglish,
  ...formsEnglish,
  ...auditClosingEnglish,
  ...documentOutputEnglish,
  ...fieldsEnglish,
  ...storeEnglish,
  ...startupEnglish,
  ...actionStepsEnglish,
  ...workbookImportEnglish,
  ...planningEnglish,
  ...blockersEnglish,
  ...webHostEnglish,
  ...storeProblemsEnglish,
  ...contractRulesEnglish,
  ...sharedRulesEnglish,
};

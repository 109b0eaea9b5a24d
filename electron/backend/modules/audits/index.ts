import type { ModuleHandlers } from '../../api/handlers';
import { auditBaseline } from './baseline';
import { auditChecklist } from './auditChecklist';
import { auditReport } from './auditReport';
import { closeAudit, reopenAudit } from './closeAudit';
import { closingCheck } from './closingCheck';
import { getAudit, listAudits } from './listAudits';
import { saveResponse } from './saveResponse';
import { startAudit } from './startAudit';
import { startOptions } from './startOptions';
import { updateAudit } from './updateAudit';

export const auditsHandlers: ModuleHandlers<
  | 'audits.startOptions'
  | 'audits.baseline'
  | 'audits.start'
  | 'audits.list'
  | 'audits.get'
  | 'audits.update'
  | 'audits.checklist'
  | 'audits.saveResponse'
  | 'audits.report'
  | 'audits.closingCheck'
  | 'audits.close'
  | 'audits.reopen'
> = {
  'audits.startOptions': startOptions,
  'audits.baseline': auditBaseline,
  'audits.start': startAudit,
  'audits.list': listAudits,
  'audits.get': getAudit,
  'audits.update': updateAudit,
  'audits.checklist': auditChecklist,
  'audits.saveResponse': saveResponse,
  'audits.report': auditReport,
  'audits.closingCheck': closingCheck,
  'audits.close': closeAudit,
  'audits.reopen': reopenAudit,
};

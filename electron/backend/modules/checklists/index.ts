import type { MethodName } from '../../../shared/contract';
import type { ModuleHandlers } from '../../api/handlers';
import { cloneTemplate } from './cloneTemplate';
import { createTemplate } from './createTemplate';
import { createDraft, discardDraft, updateDraft } from './draftVersions';
import { exportXlsx, importXlsx, previewImport } from './excelTransfer';
import { addItem, updateItem } from './itemCommands';
import { deleteItem, moveItem, setItemRetired } from './itemPlacement';
import { publishVersion } from './publishVersion';
import { getTemplate, getVersion, listTemplates, versionAudits } from './queries';
import { addSection, deleteSection, moveSection, updateSection } from './sectionCommands';
import { setTemplateRetired, updateTemplate } from './updateTemplate';

export const checklistsHandlers: ModuleHandlers<Extract<MethodName, `checklists.${string}`>> = {
  'checklists.list': listTemplates,
  'checklists.getTemplate': getTemplate,
  'checklists.getVersion': getVersion,
  'checklists.versionAudits': versionAudits,
  'checklists.exportXlsx': exportXlsx,
  'checklists.previewImport': previewImport,
  'checklists.importXlsx': importXlsx,
  'checklists.createTemplate': createTemplate,
  'checklists.updateTemplate': updateTemplate,
  'checklists.setTemplateRetired': setTemplateRetired,
  'checklists.clone': cloneTemplate,
  'checklists.createDraft': createDraft,
  'checklists.updateDraft': updateDraft,
  'checklists.discardDraft': discardDraft,
  'checklists.publish': publishVersion,
  'checklists.addSection': addSection,
  'checklists.updateSection': updateSection,
  'checklists.moveSection': moveSection,
  'checklists.deleteSection': deleteSection,
  'checklists.addItem': addItem,
  'checklists.updateItem': updateItem,
  'checklists.moveItem': moveItem,
  'checklists.setItemRetired': setItemRetired,
  'checklists.deleteItem': deleteItem,
};

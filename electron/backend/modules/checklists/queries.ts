import type { ModuleHandlers } from '../../api/handlers';
import { matchesSearch } from '../../../shared/text';
import { requireTemplateDetail, requireVersionDetail, requireVersionSummary, selectTemplateSummaries, selectVersionAudits } from './checklistViews';

type Queries = ModuleHandlers<'checklists.list' | 'checklists.getTemplate' | 'checklists.getVersion' | 'checklists.versionAudits'>;

export const listTemplates: Queries['checklists.list'] = (ctx, input) =>
  selectTemplateSummaries(ctx.store.db).filter(
    (template) =>
      (input.includeRetired || !template.retired) &&
      (!input.publishedOnly || template.published !== null) &&
      (!input.purpose || template.purpose === input.purpose) &&
      matchesSearch([template.name, template.code, template.description], input.search),
  );

export const getTemplate: Queries['checklists.getTemplate'] = (ctx, { id }) => requireTemplateDetail(ctx.store.db, id);

export const getVersion: Queries['checklists.getVersion'] = (ctx, { id }) => requireVersionDetail(ctx.store.db, id);

export const versionAudits: Queries['checklists.versionAudits'] = (ctx, { versionId }) => {
  requireVersionSummary(ctx.store.db, versionId);
  return selectVersionAudits(ctx.store.db, versionId);
};

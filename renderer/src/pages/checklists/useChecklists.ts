import type { TemplatePurpose } from '../../../../electron/shared/contract/vocabulary';
import { useApiQuery } from '../../hooks/useApiQuery';

export interface TemplateFilters {
  search: string;
  purpose: TemplatePurpose | null;
  includeRetired: boolean;
}

export function useTemplates({ search, purpose, includeRetired }: TemplateFilters) {
  return useApiQuery('checklists.list', { search: search || undefined, purpose: purpose ?? undefined, includeRetired });
}

export function useTemplate(id: string) {
  return useApiQuery('checklists.getTemplate', { id });
}

export function useVersion(id: string) {
  return useApiQuery('checklists.getVersion', { id });
}

export function useVersionAudits(versionId: string) {
  return useApiQuery('checklists.versionAudits', { versionId });
}

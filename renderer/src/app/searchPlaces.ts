import type { SearchPlace } from '../../../electron/shared/contract/search';
import type { AppRoute } from './routes';

/** The address a search hit opens. Units and people open their registry tab, filtered to the name found. */
export function routeOfPlace(place: SearchPlace): { route: AppRoute; registrySearch?: string } {
  switch (place.page) {
    case 'unit':
      return { route: { page: 'units', tab: 'units' }, registrySearch: place.name };
    case 'person':
      return { route: { page: 'units', tab: 'people' }, registrySearch: place.name };
    case 'audit':
      return { route: { page: 'audits', audits: { view: 'audit', auditId: place.auditId, tab: place.tab } } };
    case 'checklist':
      return { route: { page: 'checklists', templateId: place.templateId, versionId: place.versionId } };
  }
}

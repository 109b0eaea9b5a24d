import { usePageRoute } from '../../app/useRoute';
import type { RouteOf } from '../../app/routes';
import { TemplateListView } from './TemplateListView';
import { TemplateView } from './TemplateView';

/** Where the user is inside "Danh mục kiểm tra": the list, or one template at one of its versions. */
export type ChecklistLocation = Omit<RouteOf<'checklists'>, 'page'>;

/** "Danh mục kiểm tra": the list of templates, or one template with its versions. */
export function ChecklistsPage() {
  const [location, go] = usePageRoute('checklists');
  return location.templateId ? <TemplateView key={location.templateId} templateId={location.templateId} versionId={location.versionId} onGo={go} /> : <TemplateListView onGo={go} />;
}

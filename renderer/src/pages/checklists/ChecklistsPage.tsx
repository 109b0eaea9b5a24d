import { TemplateListView } from './TemplateListView';
import { TemplateView } from './TemplateView';
import { useChecklistLocation } from './useChecklistLocation';

/** "Danh mục kiểm tra": the list of templates, or one template with its versions. */
export function ChecklistsPage() {
  const [location, go] = useChecklistLocation();
  return location.templateId ? <TemplateView key={location.templateId} templateId={location.templateId} versionId={location.versionId} onGo={go} /> : <TemplateListView onGo={go} />;
}

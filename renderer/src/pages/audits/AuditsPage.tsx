import { usePageRoute } from '../../app/useRoute';
import { AuditListView } from './list/AuditListView';
import { StartAuditView } from './start/StartAuditView';
import { AuditWorkspace } from './workspace/AuditWorkspace';

/** "Cuộc kiểm tra": the list, the start form, or one audit's workspace, by the address after #/audits. */
export function AuditsPage() {
  const [{ audits: route }, go] = usePageRoute('audits');
  switch (route.view) {
    case 'list':
      return (
        <AuditListView
          key={`${route.focus ?? ''}/${route.year ?? ''}`}
          focus={route.focus}
          year={route.year}
          onStart={(plannedInspectionId) => go({ audits: { view: 'new', plannedInspectionId } })}
        />
      );
    case 'new':
      return (
        <StartAuditView
          key={route.plannedInspectionId ?? 'ad-hoc'}
          plannedInspectionId={route.plannedInspectionId}
          onStarted={(auditId) => go({ audits: { view: 'audit', auditId, tab: 'checklist' } })}
          onCancel={() => go({ audits: { view: 'list' } })}
        />
      );
    case 'audit':
      return <AuditWorkspace key={route.auditId} auditId={route.auditId} tab={route.tab} onTab={(tab) => go({ audits: { ...route, tab } })} />;
  }
}

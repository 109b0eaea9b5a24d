import { AuditListView } from './list/AuditListView';
import { StartAuditView } from './start/StartAuditView';
import { useAuditRoute } from './useAuditRoute';
import { AuditWorkspace } from './workspace/AuditWorkspace';

/** "Cuộc kiểm tra": the list, the start form, or one audit's workspace, by the address after #/audits. */
export function AuditsPage() {
  const [route, navigate] = useAuditRoute();
  switch (route.view) {
    case 'list':
      return (
        <AuditListView
          key={`${route.focus ?? ''}/${route.year ?? ''}`}
          focus={route.focus}
          year={route.year}
          onStart={(plannedInspectionId) => navigate({ view: 'new', plannedInspectionId })}
        />
      );
    case 'new':
      return (
        <StartAuditView
          key={route.plannedInspectionId ?? 'ad-hoc'}
          plannedInspectionId={route.plannedInspectionId}
          onStarted={(auditId) => navigate({ view: 'audit', auditId, tab: 'checklist' })}
          onCancel={() => navigate({ view: 'list' })}
        />
      );
    case 'audit':
      return <AuditWorkspace key={route.auditId} auditId={route.auditId} tab={route.tab} onTab={(tab) => navigate({ ...route, tab })} />;
  }
}

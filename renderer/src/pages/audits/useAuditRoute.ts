import { useCallback, useEffect, useState } from 'react';

export const workspaceTabs = ['checklist', 'findings', 'evidence', 'summary', 'actions', 'minutes', 'info'] as const;
export type WorkspaceTab = (typeof workspaceTabs)[number];

/** What a link from the home narrows the list to: planned entries past their date, closed audits awaiting minutes, unsigned minutes. */
export const auditListFocuses = ['planned_overdue', 'closed', 'minutes_unsigned'] as const;
export type AuditListFocus = (typeof auditListFocuses)[number];

export type AuditRoute =
  | { view: 'list'; focus?: AuditListFocus; year?: number }
  | { view: 'new'; plannedInspectionId: string | null }
  | { view: 'audit'; auditId: string; tab: WorkspaceTab };

/** "#/audits", "#/audits/list/<focus>/<year>", "#/audits/new", "#/audits/new/<planned id>", "#/audits/<id>" and "#/audits/<id>/<tab>". */
export function parseAuditRoute(hash: string): AuditRoute {
  const [, first, second, third] = hash.replace(/^#\/?/, '').split('/');
  if (!first) return { view: 'list' };
  if (first === 'list') {
    const focus = auditListFocuses.find((candidate) => candidate === second);
    const year = third && /^\d{4}$/.test(third) ? Number(third) : undefined;
    return { view: 'list', focus, year };
  }
  if (first === 'new') return { view: 'new', plannedInspectionId: second ?? null };
  const tab = workspaceTabs.find((candidate) => candidate === second) ?? 'checklist';
  return { view: 'audit', auditId: first, tab };
}

export function auditHash(route: AuditRoute): string {
  switch (route.view) {
    case 'list':
      return route.focus ? `#/audits/list/${route.focus}${route.year ? `/${route.year}` : ''}` : '#/audits';
    case 'new':
      return route.plannedInspectionId ? `#/audits/new/${route.plannedInspectionId}` : '#/audits/new';
    case 'audit':
      return `#/audits/${route.auditId}/${route.tab}`;
  }
}

export function useAuditRoute(): [AuditRoute, (route: AuditRoute) => void] {
  const [route, setRoute] = useState(() => parseAuditRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseAuditRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: AuditRoute) => {
    window.location.hash = auditHash(next);
  }, []);
  return [route, navigate];
}

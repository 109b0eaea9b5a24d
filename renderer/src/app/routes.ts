import type { MessageKey } from '../i18n/catalog';

/** The areas of the navigation rail, in order (Alt+1…). */
export const routes = ['dashboard', 'programme', 'audits', 'actions', 'reports', 'units', 'checklists', 'settings'] as const;
export type NavigationRoute = (typeof routes)[number];
/** The first-run setup is reached from its banner, not from the rail. */
export type Route = NavigationRoute | 'setup';

export const routeLabels: Record<NavigationRoute, MessageKey> = {
  dashboard: 'nav.dashboard',
  programme: 'nav.programme',
  audits: 'nav.audits',
  actions: 'nav.actions',
  reports: 'nav.reports',
  units: 'nav.units',
  checklists: 'nav.checklists',
  settings: 'nav.settings',
};

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split('/')[0];
  return name === 'setup' || (routes as readonly string[]).includes(name ?? '') ? (name as Route) : 'dashboard';
}

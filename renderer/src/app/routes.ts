import type { MessageKey } from '../i18n/catalog';

export const routes = ['dashboard', 'programme', 'audits', 'actions', 'units', 'checklists', 'settings'] as const;
export type Route = (typeof routes)[number];

export const routeLabels: Record<Route, MessageKey> = {
  dashboard: 'nav.dashboard',
  programme: 'nav.programme',
  audits: 'nav.audits',
  actions: 'nav.actions',
  units: 'nav.units',
  checklists: 'nav.checklists',
  settings: 'nav.settings',
};

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split('/')[0];
  return (routes as readonly string[]).includes(name ?? '') ? (name as Route) : 'dashboard';
}

import { Loader } from '@mantine/core';
import { lazy, useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Each page is its own chunk, loaded when it is first shown; once the first screen is up, the others are
 * fetched while the app is idle, so switching pages later waits for nothing.
 */
const loaders = {
  dashboard: () => import('../pages/dashboard/DashboardPage'),
  programme: () => import('../pages/programme/ProgrammePage'),
  audits: () => import('../pages/audits/AuditsPage'),
  actions: () => import('../pages/actions/ActionsPage'),
  reports: () => import('../pages/reports/ReportsPage'),
  units: () => import('../pages/people/RegistryPage'),
  checklists: () => import('../pages/checklists/ChecklistsPage'),
  settings: () => import('../pages/settings/SettingsPage'),
  setup: () => import('../pages/setup/SetupPage'),
};

export const DashboardPage = lazy(() => loaders.dashboard().then((m) => ({ default: m.DashboardPage })));
export const ProgrammePage = lazy(() => loaders.programme().then((m) => ({ default: m.ProgrammePage })));
export const AuditsPage = lazy(() => loaders.audits().then((m) => ({ default: m.AuditsPage })));
export const ActionsPage = lazy(() => loaders.actions().then((m) => ({ default: m.ActionsPage })));
export const ReportsPage = lazy(() => loaders.reports().then((m) => ({ default: m.ReportsPage })));
export const RegistryPage = lazy(() => loaders.units().then((m) => ({ default: m.RegistryPage })));
export const ChecklistsPage = lazy(() => loaders.checklists().then((m) => ({ default: m.ChecklistsPage })));
export const SettingsPage = lazy(() => loaders.settings().then((m) => ({ default: m.SettingsPage })));
export const SetupPage = lazy(() => loaders.setup().then((m) => ({ default: m.SetupPage })));

const whenIdle = (work: () => void) => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(work) : window.setTimeout(work, 200));

/** Placed beside the page inside its Suspense boundary: it mounts once the first page has rendered. */
export function PrefetchPages() {
  useEffect(() => {
    // A chunk that fails here is asked for again when its page is shown.
    whenIdle(() => Object.values(loaders).forEach((load) => void load().catch(() => undefined)));
  }, []);
  return null;
}

export function PageLoading() {
  const { t } = useI18n();
  return <Loader aria-label={t('common.loading')} />;
}

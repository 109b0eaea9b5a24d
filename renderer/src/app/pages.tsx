import { Loader } from '@mantine/core';
import { lazy, useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { withPageTexts } from '../i18n/pageTexts';

/**
 * Each page is its own chunk, loaded when it is first shown; once the first screen is up, the others are
 * fetched while the app is idle, so switching pages later waits for nothing. Each comes with the pages'
 * texts (one chunk for all pages, fetched once).
 */
const loaders = {
  dashboard: withPageTexts(() => import('../pages/dashboard/DashboardPage')),
  programme: withPageTexts(() => import('../pages/programme/ProgrammePage')),
  audits: withPageTexts(() => import('../pages/audits/AuditsPage')),
  actions: withPageTexts(() => import('../pages/actions/ActionsPage')),
  reports: withPageTexts(() => import('../pages/reports/ReportsPage')),
  units: withPageTexts(() => import('../pages/people/RegistryPage')),
  checklists: withPageTexts(() => import('../pages/checklists/ChecklistsPage')),
  settings: withPageTexts(() => import('../pages/settings/SettingsPage')),
  setup: withPageTexts(() => import('../pages/setup/SetupPage')),
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

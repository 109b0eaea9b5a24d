import { AppShell } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { ProfileView } from '../../../electron/shared/contract/profiles';
import { useApiQuery } from '../hooks/useApiQuery';
import { NavigationRail } from './NavigationRail';
import { ActionsPage, AuditsPage, ChecklistsPage, DashboardPage, PageLoading, PrefetchPages, ProgrammePage, RegistryPage, ReportsPage, SettingsPage, SetupPage } from './pages';
import { pageRoute, railItems } from './routes';
import type { AppRoute, PageName } from './routes';
import { routeOfPlace } from './searchPlaces';
import { ShortcutHelp } from './ShortcutHelp';
import { StoreHealthNotice } from './StoreHealthNotice';
import { TopBar } from './TopBar';
import { navigateTo, useRoute } from './useRoute';
import { WorkingYearContext } from './WorkingYear';
import { withPageTexts } from '../i18n/pageTexts';

/* Asked once per laptop: its form (and the zod schema it checks with) loads only when no profile is chosen. */
const ProfileGate = lazy(withPageTexts(() => import('./ProfileGate').then((m) => ({ default: m.ProfileGate }))));
/* The start-up notices speak with the pages' texts, so they come with them, a moment after the shell. */
const SetupBanner = lazy(withPageTexts(() => import('./SetupBanner').then((m) => ({ default: m.SetupBanner }))));
const ActionDueNotice = lazy(withPageTexts(() => import('../pages/actions/ActionDueNotice').then((m) => ({ default: m.ActionDueNotice }))));

const currentYear = new Date().getFullYear();
const selectableYears = Array.from({ length: 7 }, (_, i) => currentYear - 3 + i);

export function App() {
  const route = useRoute();
  const navigate = (page: PageName) => navigateTo(pageRoute(page));
  const [year, setYear] = useState(currentYear);
  const [helpOpen, setHelpOpen] = useState(false);
  // What a unit or person found by the header search filters its registry tab to.
  const [registrySearch, setRegistrySearch] = useState('');
  const info = useApiQuery('app.info', {});
  const [chosenProfile, setProfile] = useState<ProfileView | null>(null);
  const profile = chosenProfile ?? info.data?.currentProfile ?? null;
  const setup = useApiQuery('setup.status', {});
  const setupPending = setup.data?.completed === false;

  // A new store greets the user with the setup once; "Để sau" leaves it for the banner.
  const greeted = useRef(false);
  useEffect(() => {
    if (!setupPending || greeted.current) return;
    greeted.current = true;
    if (!window.location.hash.replace(/^#\/?/, '')) navigateTo(pageRoute('setup'));
  }, [setupPending]);

  useHotkeys([
    ['shift+?', () => setHelpOpen(true)],
    ...railItems.map((item, i): [string, () => void] => [`alt+${i + 1}`, () => navigateTo(item.route)]),
  ]);

  const page =
    route.page === 'setup' ? (
      <SetupPage
        status={setup.data}
        onFinished={() => navigate('dashboard')}
        onLater={() => navigate('dashboard')}
      />
    ) : (
      renderPage(route, registrySearch, (p) => setProfile(p))
    );
  return (
    <WorkingYearContext.Provider value={year}>
      <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 0 }} padding="lg">
        <AppShell.Header>
          <TopBar
            year={year}
            years={selectableYears}
            onYearChange={setYear}
            profile={profile}
            onOpenHelp={() => setHelpOpen(true)}
            onOpenSearchHit={(hit) => {
              const { route: target, registrySearch: search } = routeOfPlace(hit.place);
              setRegistrySearch(search ?? '');
              navigateTo(target);
            }}
          />
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <NavigationRail
            current={route}
            onNavigate={(target) => {
              setRegistrySearch('');
              navigateTo(target);
            }}
          />
        </AppShell.Navbar>
        <AppShell.Main>
          <StoreHealthNotice />
          {setupPending && route.page !== 'setup' && (
            <Suspense fallback={null}>
              <SetupBanner onOpen={() => navigate('setup')} />
            </Suspense>
          )}
          <Suspense fallback={<PageLoading />}>
            {page}
            <PrefetchPages />
          </Suspense>
        </AppShell.Main>
      </AppShell>
      <ShortcutHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
      <Suspense fallback={null}>
        <ActionDueNotice />
      </Suspense>
      {info.data !== undefined && profile === null && (
        <Suspense fallback={null}>
          <ProfileGate opened onChosen={setProfile} />
        </Suspense>
      )}
    </WorkingYearContext.Provider>
  );
}

function renderPage(route: Exclude<AppRoute, { page: 'setup' }>, registrySearch: string, onProfileChange: (profile: ProfileView) => void) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'units':
      return <RegistryPage initialSearch={registrySearch} key={registrySearch} />;
    case 'settings':
      return <SettingsPage onProfileChange={onProfileChange} />;
    case 'programme':
      return <ProgrammePage />;
    case 'audits':
      return <AuditsPage />;
    case 'actions':
      return <ActionsPage />;
    case 'checklists':
      return <ChecklistsPage />;
    case 'reports':
      return <ReportsPage />;
  }
}

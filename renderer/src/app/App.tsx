import { AppShell } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { ProfileView } from '../../../electron/shared/contract/profiles';
import { useApiQuery } from '../hooks/useApiQuery';
import { useHashRoute } from '../hooks/useHashRoute';
import { ActionDueNotice } from '../pages/actions/ActionDueNotice';
import { ActionsPage } from '../pages/actions/ActionsPage';
import { AuditsPage } from '../pages/audits/AuditsPage';
import { ChecklistsPage } from '../pages/checklists/ChecklistsPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { RegistryPage } from '../pages/people/RegistryPage';
import { ProgrammePage } from '../pages/programme/ProgrammePage';
import { ReportsPage } from '../pages/reports/ReportsPage';
import { SetupPage } from '../pages/setup/SetupPage';
import { NavigationRail } from './NavigationRail';
import { ProfileGate } from './ProfileGate';
import { routes } from './routes';
import type { Route } from './routes';
import { SetupBanner } from './SetupBanner';
import { ShortcutHelp } from './ShortcutHelp';
import { StoreHealthNotice } from './StoreHealthNotice';
import { TopBar } from './TopBar';
import { WorkingYearContext } from './WorkingYear';

const currentYear = new Date().getFullYear();
const selectableYears = Array.from({ length: 7 }, (_, i) => currentYear - 3 + i);

export function App() {
  const [route, navigate] = useHashRoute();
  const [year, setYear] = useState(currentYear);
  const [helpOpen, setHelpOpen] = useState(false);
  const [globalSearch, setGlobalSearch] = useState('');
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
    if (!window.location.hash.replace(/^#\/?/, '')) navigate('setup');
  }, [setupPending, navigate]);

  useHotkeys([
    ['shift+?', () => setHelpOpen(true)],
    ...routes.map((r, i): [string, () => void] => [`alt+${i + 1}`, () => navigate(r)]),
  ]);

  const page =
    route === 'setup' ? (
      <SetupPage
        status={setup.data}
        onChanged={setup.reload}
        onFinished={() => {
          setup.reload();
          navigate('dashboard');
        }}
        onLater={() => navigate('dashboard')}
      />
    ) : (
      renderPage(route, globalSearch, (p) => setProfile(p))
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
            search={globalSearch}
            onSearchChange={(value) => {
              setGlobalSearch(value);
              if (value && route !== 'units') navigate('units');
            }}
          />
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <NavigationRail current={route} onNavigate={navigate} />
        </AppShell.Navbar>
        <AppShell.Main>
          <StoreHealthNotice />
          {setupPending && route !== 'setup' && <SetupBanner onOpen={() => navigate('setup')} />}
          {page}
        </AppShell.Main>
      </AppShell>
      <ShortcutHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
      <ActionDueNotice />
      <ProfileGate opened={info.data !== undefined && profile === null} onChosen={setProfile} />
    </WorkingYearContext.Provider>
  );
}

function renderPage(route: Exclude<Route, 'setup'>, globalSearch: string, onProfileChange: (profile: ProfileView) => void) {
  switch (route) {
    case 'dashboard':
      return <DashboardPage />;
    case 'units':
      return <RegistryPage initialSearch={globalSearch} key={globalSearch} />;
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

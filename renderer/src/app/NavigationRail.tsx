import { NavLink, Stack } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChecklist,
  IconClipboardCheck,
  IconLayoutDashboard,
  IconReportAnalytics,
  IconSettings,
  IconTool,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { navigationPages, pageLabels, pageRoute, routeHash } from './routes';
import type { NavigationPage, PageName } from './routes';

const icons: Record<NavigationPage, ComponentType<{ size?: number; 'aria-hidden'?: boolean }>> = {
  dashboard: IconLayoutDashboard,
  programme: IconCalendarEvent,
  audits: IconClipboardCheck,
  actions: IconTool,
  reports: IconReportAnalytics,
  units: IconBuildingCommunity,
  checklists: IconChecklist,
  settings: IconSettings,
};

export function NavigationRail({ current, onNavigate }: { current: PageName; onNavigate(page: PageName): void }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
        {navigationPages.map((route, index) => {
          const Icon = icons[route];
          return (
            <NavLink
              key={route}
              href={routeHash(pageRoute(route))}
              label={t(pageLabels[route])}
              title={`${t(pageLabels[route])} (Alt+${index + 1})`}
              leftSection={<Icon size={20} aria-hidden />}
              active={route === current}
              aria-current={route === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onNavigate(route);
              }}
            />
          );
        })}
      </Stack>
    </nav>
  );
}

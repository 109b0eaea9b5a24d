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
import { routeLabels, routes } from './routes';
import type { NavigationRoute, Route } from './routes';

const icons: Record<NavigationRoute, ComponentType<{ size?: number; 'aria-hidden'?: boolean }>> = {
  dashboard: IconLayoutDashboard,
  programme: IconCalendarEvent,
  audits: IconClipboardCheck,
  actions: IconTool,
  reports: IconReportAnalytics,
  units: IconBuildingCommunity,
  checklists: IconChecklist,
  settings: IconSettings,
};

export function NavigationRail({ current, onNavigate }: { current: Route; onNavigate(route: Route): void }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
        {routes.map((route, index) => {
          const Icon = icons[route];
          return (
            <NavLink
              key={route}
              href={`#/${route}`}
              label={t(routeLabels[route])}
              title={`${t(routeLabels[route])} (Alt+${index + 1})`}
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

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
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { railItemOf, railItems, routeHash } from './routes';
import type { AppRoute, RailItem } from './routes';

const icons: Record<RailItem['name'], ComponentType<{ size?: number; 'aria-hidden'?: boolean }>> = {
  dashboard: IconLayoutDashboard,
  programme: IconCalendarEvent,
  audits: IconClipboardCheck,
  actions: IconTool,
  reports: IconReportAnalytics,
  units: IconBuildingCommunity,
  people: IconUsers,
  checklists: IconChecklist,
  settings: IconSettings,
};

export function NavigationRail({ current, onNavigate }: { current: AppRoute; onNavigate(route: AppRoute): void }) {
  const { t } = useI18n();
  const currentItem = railItemOf(current);
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
        {railItems.map((item, index) => {
          const Icon = icons[item.name];
          const active = item.name === currentItem;
          return (
            <NavLink
              key={item.name}
              href={routeHash(item.route)}
              label={t(item.label)}
              title={`${t(item.label)} (Alt+${index + 1})`}
              leftSection={<Icon size={20} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onNavigate(item.route);
              }}
            />
          );
        })}
      </Stack>
    </nav>
  );
}

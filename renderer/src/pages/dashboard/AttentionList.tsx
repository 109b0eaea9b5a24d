import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconChecks, IconClipboardCheck, IconCalendarDue, IconSignature } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { HomeAttention } from '../../../../electron/shared/contract/home';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { routeHash } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { boardLinkHash } from '../actions/boardLink';

interface AttentionItem {
  key: string;
  label: string;
  count: number;
  href: string;
  icon: ReactNode;
  /** Red for overdue, amber for due soon, as everywhere else; the rest neutral. */
  color: string;
}

function attentionItems(data: HomeAttention, t: ReturnType<typeof useI18n>['t']): AttentionItem[] {
  const { year } = data;
  return [
    { key: 'overdue', label: t('home.attention.overdue'), count: data.actions.overdue, href: boardLinkHash('overdue', year), icon: <IconAlertTriangle size={18} aria-hidden />, color: 'red.8' },
    { key: 'dueSoon', label: t('home.attention.dueSoon', { days: data.dueSoonDays }), count: data.actions.dueSoon, href: boardLinkHash('due_soon', year), icon: <IconAlarm size={18} aria-hidden />, color: 'yellow.5' },
    { key: 'awaiting', label: t('home.attention.awaitingVerification'), count: data.actions.awaitingVerification, href: boardLinkHash('cho_xac_minh', year), icon: <IconChecks size={18} aria-hidden />, color: 'blue.7' },
    { key: 'planned', label: t('home.attention.plannedNotStarted'), count: data.plannedNotStarted, href: routeHash({ page: 'audits', audits: { view: 'list', focus: 'planned_overdue', year } }), icon: <IconCalendarDue size={18} aria-hidden />, color: 'red.8' },
    { key: 'closed', label: t('home.attention.closedWithoutMinutes'), count: data.closedWithoutMinutes, href: routeHash({ page: 'audits', audits: { view: 'list', focus: 'closed', year } }), icon: <IconClipboardCheck size={18} aria-hidden />, color: 'gray.7' },
    { key: 'unsigned', label: t('home.attention.minutesUnsigned'), count: data.minutesUnsigned, href: routeHash({ page: 'audits', audits: { view: 'list', focus: 'minutes_unsigned', year } }), icon: <IconSignature size={18} aria-hidden />, color: 'gray.7' },
  ];
}

/** "Việc cần làm": each line a count and a link to the list behind it; lines with nothing to do are dimmed, not hidden, so the list reads the same every day. */
export function AttentionList({ data }: { data: HomeAttention }) {
  const { t, formatNumber } = useI18n();
  const items = attentionItems(data, t);
  const nothing = items.every((item) => item.count === 0);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="home-attention-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="home-attention-title">
          {t('home.attention.title', { year: data.year })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('home.attention.today', { date: formatCalendarDate(data.today) })}
        </Text>
      </Group>
      {nothing && <Text c="dimmed" mb="sm">{t('home.attention.nothing', { year: data.year })}</Text>}
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => (
          <Group key={item.key} component="li" gap="sm" wrap="nowrap" data-attention={item.key}>
            <Badge color={item.count > 0 ? item.color : 'gray.3'} autoContrast leftSection={item.icon} size="lg" miw={72} tt="none">
              {formatNumber(item.count, 0)}
            </Badge>
            <Anchor href={item.href} c={item.count > 0 ? undefined : 'dimmed'} aria-label={t('home.attention.open', { label: `${item.label}: ${formatNumber(item.count, 0)}` })}>
              {item.label}
            </Anchor>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

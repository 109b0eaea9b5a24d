import { Group, Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconCircleCheck, IconFolderOpen, IconHourglass } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { BoardSummary } from '../../../../electron/shared/contract/actions';
import { agingBuckets } from '../../../../electron/shared/contract/actions';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';
import type { BoardFilterValues } from './BoardFilters';

interface Figure {
  key: string;
  labelKey: MessageKey;
  value: number;
  color: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean; color?: string }>;
  filter: Partial<BoardFilterValues>;
}

interface BoardSummaryBarProps {
  summary: BoardSummary;
  filters: BoardFilterValues;
  onFilter(patch: Partial<BoardFilterValues>): void;
}

/** The counts double as quick filters; overdue is red and due soon amber, each with its icon. */
export function BoardSummaryBar({ summary, filters, onFilter }: BoardSummaryBarProps) {
  const { t, formatNumber } = useI18n();
  const figures: Figure[] = [
    { key: 'open', labelKey: 'actions.summary.open', value: summary.open, color: 'blue.7', icon: IconFolderOpen, filter: { status: 'open', due: undefined } },
    { key: 'overdue', labelKey: 'actions.summary.overdue', value: summary.overdue, color: 'red.8', icon: IconAlertTriangle, filter: { status: 'open', due: 'overdue' } },
    { key: 'dueSoon', labelKey: 'actions.summary.dueSoon', value: summary.dueSoon, color: 'yellow.8', icon: IconAlarm, filter: { status: 'open', due: 'due_soon' } },
    { key: 'awaiting', labelKey: 'actions.summary.awaiting', value: summary.awaitingVerification, color: 'indigo.7', icon: IconHourglass, filter: { status: 'cho_xac_minh', due: undefined } },
    { key: 'closed', labelKey: 'actions.summary.closed', value: summary.closed, color: 'green.8', icon: IconCircleCheck, filter: { status: 'closed', due: undefined } },
  ];
  const isActive = (figure: Figure) => figure.filter.status === filters.status && figure.filter.due === filters.due;
  return (
    <section aria-label={t('actions.summary.label')}>
      <SimpleGrid cols={5} spacing="sm" mb="sm">
        {figures.map((figure) => {
          const FigureIcon = figure.icon;
          const active = isActive(figure);
          return (
            <UnstyledButton
              key={figure.key}
              onClick={() => onFilter(figure.filter)}
              aria-pressed={active}
              data-testid={`summary-${figure.key}`}
            >
              <Paper withBorder p="sm" radius="md" style={{ borderColor: active ? `var(--mantine-color-${figure.color.replace('.', '-')})` : undefined, borderWidth: active ? 2 : 1 }}>
                <Group gap={8} wrap="nowrap">
                  <FigureIcon size={22} aria-hidden color={`var(--mantine-color-${figure.color.replace('.', '-')})`} />
                  <Text size="sm" c="dimmed">
                    {t(figure.labelKey)}
                  </Text>
                </Group>
                <Text fz={26} fw={600} c={figure.value > 0 && figure.key === 'overdue' ? 'red.8' : undefined}>
                  {formatNumber(figure.value, 0)}
                </Text>
              </Paper>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
      <Group gap="md" mb="md" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('actions.aging.title')}:
        </Text>
        {agingBuckets.map((bucket) => (
          <Text key={bucket} size="sm">
            {t(`actions.aging.${bucket}`)}: <b>{formatNumber(summary.aging[bucket], 0)}</b>
          </Text>
        ))}
        {summary.oldestOpenDays !== null && (
          <Text size="sm" c="dimmed">
            ({t('actions.aging.oldest', { days: formatNumber(summary.oldestOpenDays, 0) })})
          </Text>
        )}
      </Group>
    </section>
  );
}

import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { StartOptions } from '../../../../../electron/shared/contract/audits';
import { formatCalendarDate } from '../../../../../electron/shared/dates';
import { useI18n } from '../../../i18n/I18nProvider';

/** Entries of the approved programme that nobody has started: the natural next step. */
export function PlannedInspections({
  entries,
  onStart,
  showAll = false,
}: {
  entries: StartOptions['plannedInspections'];
  onStart(plannedInspectionId: string): void;
  showAll?: boolean;
}) {
  const { t } = useI18n();
  if (entries.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="section" aria-labelledby="planned-inspections-title">
      <Title order={2} size="h4" mb="sm" id="planned-inspections-title">
        {t('audits.planned.title', { count: entries.length })}
      </Title>
      <Stack gap="xs">
        {(showAll ? entries : entries.slice(0, 6)).map((entry) => (
          <Group key={entry.plannedInspectionId} justify="space-between" wrap="nowrap">
            <Text size="sm">
              <Text span fw={600}>
                {formatCalendarDate(entry.date)}
              </Text>{' '}
              — {entry.unitName} — {t(`audits.kind.${entry.kind}`)}
            </Text>
            <Button size="xs" variant="light" leftSection={<IconPlayerPlay size={14} aria-hidden />} onClick={() => onStart(entry.plannedInspectionId)} aria-label={t('audits.planned.startFor', { unit: entry.unitName })}>
              {t('audits.planned.start')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

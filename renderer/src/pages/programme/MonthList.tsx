import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { monthParams } from './monthName';
import { EntryTable } from './EntryTable';
import type { EntryTableProps } from './EntryTable';

/** The programme month by month, the way a plan's schedule is read. */
export function MonthList({ entries, ...tableProps }: EntryTableProps) {
  const { t } = useI18n();
  const months = [...new Set(entries.map((e) => Number(e.date.slice(5, 7))))].sort((a, b) => a - b);
  return (
    <Stack>
      {months.map((month) => {
        const inMonth = entries.filter((e) => Number(e.date.slice(5, 7)) === month);
        return (
          <Paper key={month} withBorder radius="md" p="sm" component="section" aria-label={t('programme.monthTitle', monthParams(month))}>
            <Group justify="space-between" mb={4}>
              <Title order={3} size="h5">
                {t('programme.monthTitle', monthParams(month))}
              </Title>
              <Text size="sm" c="dimmed">
                {t('programme.monthCount', { count: inMonth.length })}
              </Text>
            </Group>
            <EntryTable entries={inMonth} {...tableProps} />
          </Paper>
        );
      })}
    </Stack>
  );
}

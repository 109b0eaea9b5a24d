import { Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export interface SummaryRow {
  label: string;
  value: ReactNode;
  previous?: number;
  lastYear?: number;
}

/** A report's summary figures, one row each; with `compared`, the previous period and the same period last year beside them. */
export function SummaryFigures({ rows, compared }: { rows: SummaryRow[]; compared: boolean }) {
  const { t, formatNumber } = useI18n();
  const n = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, 0));
  return (
    <Paper withBorder p="md" radius="md" mb="md" component="section" aria-labelledby="report-figures-title">
      <Title order={2} size="h4" id="report-figures-title">
        {t('reports.figures.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reports.figures.hint')}
      </Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.figures.item')}</Table.Th>
            <Table.Th ta="right">{t('reports.figures.value')}</Table.Th>
            {compared && <Table.Th ta="right">{t('reports.figures.previous')}</Table.Th>}
            {compared && <Table.Th ta="right">{t('reports.figures.lastYear')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td ta="right">{row.value}</Table.Td>
              {compared && <Table.Td ta="right">{n(row.previous)}</Table.Td>}
              {compared && <Table.Td ta="right">{n(row.lastYear)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

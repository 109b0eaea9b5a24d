import { Paper, Table, Title } from '@mantine/core';
import type { RenderedChart } from '../../../electron/shared/contract/charts';
import { useI18n } from '../i18n/I18nProvider';

/** A chart drawn by the back end, with the same figures in a table beside it for print and screen readers. */
export function ChartWithTable({ chart }: { chart: RenderedChart }) {
  const { formatNumber } = useI18n();
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-label={chart.title}>
      <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`} alt="" style={{ width: '100%', height: 'auto' }} />
      <Title order={3} size="h6" component="figcaption" mt="xs">
        {chart.title}
      </Title>
      <Table fz="xs" verticalSpacing={2} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {chart.table.columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {chart.table.rows.map((row) => (
            <Table.Tr key={String(row[0])}>
              {row.map((cell, index) => (
                <Table.Td key={index} ta={typeof cell === 'number' ? 'right' : undefined}>
                  {typeof cell === 'number' && index > 0 ? formatNumber(cell, 0) : cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

import { Paper, SimpleGrid, Title } from '@mantine/core';
import type { RenderedChart } from '../../../../electron/shared/contract/charts';
import { ChartWithTable } from '../../components/ChartWithTable';
import { useI18n } from '../../i18n/I18nProvider';

/** A report's charts as the back end draws them for paper, each with its table. */
export function ReportCharts({ charts }: { charts: RenderedChart[] | undefined }) {
  const { t } = useI18n();
  if (!charts?.length) return null;
  return (
    <Paper withBorder p="md" radius="md" mb="md" component="section" aria-labelledby="report-charts-title">
      <Title order={2} size="h4" id="report-charts-title" mb="xs">
        {t('isoReports.charts.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {charts.map((chart) => (
          <ChartWithTable key={chart.title} chart={chart} />
        ))}
      </SimpleGrid>
    </Paper>
  );
}

import { Button, Loader, SimpleGrid } from '@mantine/core';
import { routeHash } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { ScopeRuleNote } from '../../components/ScopeRuleNote';
import { useI18n } from '../../i18n/I18nProvider';
import { BackupWarning } from '../backups/BackupWarning';
import { AttentionList } from './AttentionList';
import { ChartWithTable } from '../../components/ChartWithTable';
import { ProgrammeProgressCard } from './ProgrammeProgressCard';
import { useHomeAttention } from './useHomeAttention';

export function DashboardPage() {
  const { t } = useI18n();
  const { attention, charts, units, settings } = useHomeAttention();
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        action={
          <Button component="a" href={routeHash({ page: 'units', tab: 'units' })} variant="light">
            {t('dashboard.manageUnits')}
          </Button>
        }
      />
      <BackupWarning />
      {settings.data && units.data && <ScopeRuleNote units={units.data} includePublicServiceUnits={settings.data.includePublicServiceUnits} />}
      {attention.data ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <AttentionList data={attention.data} />
          <ProgrammeProgressCard data={attention.data} />
        </SimpleGrid>
      ) : (
        <Loader aria-label={t('common.loading')} />
      )}
      {charts.data && (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} mt="md">
          {charts.data.charts.map((chart) => (
            <ChartWithTable key={chart.title} chart={chart} />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}

import { Button, Paper, SimpleGrid, Text } from '@mantine/core';
import { routeHash } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { ScopeRuleNote } from '../../components/ScopeRuleNote';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useUnitList } from '../../hooks/useRegistryLists';
import { useI18n } from '../../i18n/I18nProvider';
import { BackupWarning } from '../backups/BackupWarning';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={600}>
        {value}
      </Text>
    </Paper>
  );
}

export function DashboardPage() {
  const { t, formatNumber, formatPercent } = useI18n();
  const units = useUnitList();
  const settings = useApiQuery('settings.get', {});
  const list = units.data ?? [];
  const isoUnits = list.filter((u) => u.isoApplying).length;
  const share = settings.data?.isoSharePercent ?? 0;
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
      {settings.data && <ScopeRuleNote units={list} includePublicServiceUnits={settings.data.includePublicServiceUnits} />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Figure label={t('dashboard.units')} value={formatNumber(list.length, 0)} />
        <Figure label={t('dashboard.cchcScope')} value={formatNumber(list.filter((u) => u.inCchcScope).length, 0)} />
        <Figure label={t('dashboard.isoApplying')} value={formatNumber(isoUnits, 0)} />
        <Figure label={t('dashboard.isoRequired', { percent: formatPercent(share, 1) })} value={formatNumber(Math.ceil((isoUnits * share) / 100), 0)} />
      </SimpleGrid>
    </>
  );
}

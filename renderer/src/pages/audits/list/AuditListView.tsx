import { Button, Loader, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyHint } from '../../../components/EmptyHint';
import { PageHeader } from '../../../components/PageHeader';
import { useWorkingYear } from '../../../app/WorkingYear';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useI18n } from '../../../i18n/I18nProvider';
import { AuditFilters } from './AuditFilters';
import type { AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { PlannedInspections } from './PlannedInspections';

/** The year's audits (rows link to each audit's workspace), the programme entries waiting to start, and the filters. */
export function AuditListView({ onStart }: { onStart(plannedInspectionId: string | null): void }) {
  const { t } = useI18n();
  const workingYear = useWorkingYear();
  const [filters, setFilters] = useState<AuditFilterValues>({ year: workingYear, kind: null, unitId: null, status: null });
  const query = useMemo(
    () => ({ year: filters.year ?? undefined, kind: filters.kind ?? undefined, unitId: filters.unitId ?? undefined, status: filters.status ?? undefined }),
    [filters],
  );
  const audits = useApiQuery('audits.list', query);
  const options = useApiQuery('audits.startOptions', {});
  const years = useMemo(() => Array.from({ length: 8 }, (_, i) => workingYear + 1 - i), [workingYear]);
  const filtered = filters.kind !== null || filters.unitId !== null || filters.status !== null;
  const startButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => onStart(null)}>
      {t('audits.start')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('audits.title')} action={startButton} />
      <PlannedInspections entries={options.data?.plannedInspections ?? []} onStart={onStart} />
      <AuditFilters value={filters} onChange={setFilters} years={years} units={options.data?.units ?? []} />
      {!audits.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : audits.data.length === 0 ? (
        <EmptyHint
          message={filtered ? t('audits.noMatch') : t('audits.empty', { year: filters.year ?? '' })}
          action={filtered ? <Button variant="default" onClick={() => setFilters({ ...filters, kind: null, unitId: null, status: null })}>{t('audits.clearFilters')}</Button> : startButton}
        />
      ) : (
        <>
          <Text c="dimmed" size="sm" mb="xs" aria-live="polite">
            {t('audits.count', { count: audits.data.length })}
          </Text>
          <AuditTable audits={audits.data} />
        </>
      )}
    </>
  );
}

import { Alert, Button, Loader, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyHint } from '../../../components/EmptyHint';
import { PageHeader } from '../../../components/PageHeader';
import { useWorkingYear } from '../../../app/WorkingYear';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useI18n } from '../../../i18n/I18nProvider';
import type { StartOptions } from '../../../../../electron/shared/contract/audits';
import { AuditFilters } from './AuditFilters';
import type { AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { PlannedInspections } from './PlannedInspections';
import type { AuditListFocus } from '../../../app/routes';
import { localDateOf } from '../../../../../electron/shared/dates';

interface AuditListViewProps {
  /** Set by a link from the home: the list narrowed to what needs attention. */
  focus?: AuditListFocus;
  year?: number;
  onStart(plannedInspectionId: string | null): void;
}

/** The year's audits (rows link to each audit's workspace), the programme entries waiting to start, and the filters. */
export function AuditListView({ focus, year, onStart }: AuditListViewProps) {
  const { t } = useI18n();
  const workingYear = useWorkingYear();
  const focusYear = year ?? workingYear;
  const [filters, setFilters] = useState<AuditFilterValues>({ year: focusYear, kind: null, unitId: null, status: focus === 'closed' ? 'closed' : null });
  const minutesUnsigned = focus === 'minutes_unsigned' ? true : undefined;
  const query = useMemo(
    () => ({ year: filters.year ?? undefined, kind: filters.kind ?? undefined, unitId: filters.unitId ?? undefined, status: filters.status ?? undefined, minutesUnsigned }),
    [filters, minutesUnsigned],
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
      {focus && (
        <Alert color="blue" mb="md" title={t(`audits.focus.${focus}`, { year: focusYear })}>
          <Button component="a" href="#/audits" variant="default" size="xs">
            {t('audits.focus.clear')}
          </Button>
        </Alert>
      )}
      {focus === 'planned_overdue' ? (
        <PlannedPastDue entries={options.data?.plannedInspections} year={focusYear} onStart={onStart} />
      ) : (
        <PlannedInspections entries={options.data?.plannedInspections ?? []} onStart={onStart} />
      )}
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

/** The approved programme's entries of the year whose date has passed with no audit started: all of them, not the first few. */
function PlannedPastDue({ entries, year, onStart }: { entries: StartOptions['plannedInspections'] | undefined; year: number; onStart(plannedInspectionId: string): void }) {
  const { t } = useI18n();
  if (!entries) return <Loader aria-label={t('common.loading')} />;
  const today = localDateOf(new Date());
  const pastDue = entries.filter((entry) => entry.year === year && entry.date < today);
  if (pastDue.length === 0) return <EmptyHint message={t('audits.focus.noPlannedOverdue')} />;
  return <PlannedInspections entries={pastDue} onStart={onStart} showAll />;
}

import { Button, Group, NumberInput, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import type { AppSettings } from '../../../../electron/shared/contract/organization';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { reportingPeriodKinds, reportingWindow } from '../../../../electron/shared/reporting/periods';
import type { ReportingPeriod, ReportingPeriodKind } from '../../../../electron/shared/reporting/periods';
import { useWorkingYear } from '../../app/WorkingYear';
import { useI18n } from '../../i18n/I18nProvider';
import { WardDateInput } from '../../components/WardDateInput';

interface PeriodChooserProps {
  settings: AppSettings;
  creating: boolean;
  onCreate(period: ReportingPeriod): void;
}

/** Kind, year and quarter/month (or a date range), with the window the settings give it shown before anything is created. */
export function PeriodChooser({ settings, creating, onCreate }: PeriodChooserProps) {
  const { t } = useI18n();
  const workingYear = useWorkingYear();
  const [kind, setKind] = useState<ReportingPeriodKind>('quarter');
  const [year, setYear] = useState(workingYear);
  const [quarter, setQuarter] = useState<1 | 2 | 3 | 4>(1);
  const [month, setMonth] = useState(1);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const kinds = reportingPeriodKinds.filter((k) => k !== 'month' || settings.monthlyReports);
  const period: ReportingPeriod | null =
    kind === 'range'
      ? from && to && from <= to
        ? { kind, from, to }
        : null
      : kind === 'quarter'
        ? { kind, year, quarter }
        : kind === 'month'
          ? { kind, year, month }
          : { kind, year };
  const window = period ? reportingWindow(period, { basis: settings.reportingBasis, cutoffDay: settings.reportingCutoffDay }) : null;
  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="section" aria-label={t('reports.new')}>
      <Group align="flex-end" gap="sm">
        <Select label={t('reports.period.kind')} w={220} allowDeselect={false} data={kinds.map((k) => ({ value: k, label: t(`reports.period.${k}`) }))} value={kind} onChange={(value) => setKind((value ?? 'quarter') as ReportingPeriodKind)} />
        {kind !== 'range' && <NumberInput label={t('reports.period.yearField')} w={110} min={2000} max={2100} value={year} onChange={(value) => setYear(Number(value) || workingYear)} />}
        {kind === 'quarter' && (
          <Select label={t('reports.period.quarterField')} w={110} allowDeselect={false} data={['1', '2', '3', '4'].map((q) => ({ value: q, label: ['I', 'II', 'III', 'IV'][Number(q) - 1]! }))} value={String(quarter)} onChange={(value) => setQuarter(Number(value ?? 1) as 1 | 2 | 3 | 4)} />
        )}
        {kind === 'month' && <NumberInput label={t('reports.period.monthField')} w={100} min={1} max={12} value={month} onChange={(value) => setMonth(Number(value) || 1)} />}
        {kind === 'range' && (
          <>
            <WardDateInput label={t('reports.period.from')} w={150} value={from} onChange={(value) => setFrom(value)} />
            <WardDateInput label={t('reports.period.to')} w={150} value={to} onChange={(value) => setTo(value)} />
          </>
        )}
        <Button disabled={!period} loading={creating} onClick={() => period && onCreate(period)}>
          {t('reports.create')}
        </Button>
      </Group>
      {window && (
        <Text size="sm" c="dimmed" mt="xs" aria-live="polite">
          {t('reports.period.window', { from: formatCalendarDate(window.from), to: formatCalendarDate(window.to) })}
          {window.cumulative ? ` (${t('reports.period.cumulative')})` : ''}
        </Text>
      )}
    </Paper>
  );
}

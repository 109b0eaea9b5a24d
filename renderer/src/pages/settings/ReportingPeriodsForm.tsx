import { NumberInput, Select, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { appSettingsSchema } from '../../../../electron/shared/contract/organization';
import type { AppSettings } from '../../../../electron/shared/contract/organization';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { reportingBases, reportingWindow } from '../../../../electron/shared/reporting/periods';
import type { ReportingBasis } from '../../../../electron/shared/reporting/periods';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';
import { useWorkingYear } from '../../app/WorkingYear';

type Values = Pick<AppSettings, 'reportingBasis' | 'reportingCutoffDay' | 'monthlyReports'>;

/** The reporting windows: cut-off (NĐ 09/2019) or calendar, the cut-off day, monthly reports; with the working year's windows as an example. */
export function ReportingPeriodsForm({ settings }: { settings: AppSettings }) {
  const { t } = useI18n();
  const year = useWorkingYear();
  const save = useApiCommand('settings.update');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { reportingBasis: settings.reportingBasis, reportingCutoffDay: settings.reportingCutoffDay, monthlyReports: settings.monthlyReports },
    validateInputOnChange: true,
    validate: { reportingCutoffDay: (value) => appSettingsSchema.shape.reportingCutoffDay.safeParse(value).error?.issues[0]?.message ?? null },
  });
  const rules = { basis: form.values.reportingBasis, cutoffDay: form.values.reportingCutoffDay };
  const window = (period: Parameters<typeof reportingWindow>[0]) => {
    const { from, to } = reportingWindow(period, rules);
    return [formatCalendarDate(from), formatCalendarDate(to)];
  };
  const [q1From, q1To] = window({ kind: 'quarter', year, quarter: 1 });
  const [h1From, h1To] = window({ kind: 'sixMonths', year });
  const [yFrom, yTo] = window({ kind: 'year', year });
  const submit = form.onSubmit(async (values) => {
    if (await save.run(values)) {
      notifications.show({ color: 'green', message: t('reporting.saved') });
      form.resetDirty();
    }
  });
  return (
    <form onSubmit={submit} onReset={() => form.reset()} aria-label={t('reporting.title')}>
      <Stack gap="sm">
        <Select
          label={t('reporting.basis')}
          data={reportingBases.map((basis) => ({ value: basis, label: t(`reporting.basis.${basis}`) }))}
          allowDeselect={false}
          {...form.getInputProps('reportingBasis')}
          onChange={(value) => form.setFieldValue('reportingBasis', (value ?? 'cutoff') as ReportingBasis)}
        />
        <NumberInput label={t('reporting.cutoffDay')} min={2} max={28} disabled={form.values.reportingBasis === 'calendar'} {...form.getInputProps('reportingCutoffDay')} />
        <Switch label={t('reporting.monthlyReports')} {...form.getInputProps('monthlyReports', { type: 'checkbox' })} />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('reporting.example', { year, q1From, q1To, h1From, h1To, yFrom, yTo })}
        </Text>
      </Stack>
      <FormActions saving={save.running} dirty={form.isDirty()} />
    </form>
  );
}

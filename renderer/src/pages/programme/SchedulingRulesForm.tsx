import { Checkbox, Group, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { AppSettings } from '../../../../electron/shared/contract/organization';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';
import { monthParams } from './monthName';

type SchedulingValues = Pick<AppSettings, 'schedulingMonths' | 'inspectionTeamSize' | 'isoRotationYears' | 'isoRiskPullForwardYears' | 'isoFirstEvaluationWithinYears' | 'isoTeamRequiresTrainedAuditors'>;

const numericRules = [
  { key: 'inspectionTeamSize', label: 'scheduling.teamSize', hint: null, min: 2, max: 10 },
  { key: 'isoRotationYears', label: 'scheduling.rotationYears', hint: null, min: 1, max: 10 },
  { key: 'isoRiskPullForwardYears', label: 'scheduling.riskPull', hint: 'scheduling.riskPullHint', min: 0, max: 5 },
  { key: 'isoFirstEvaluationWithinYears', label: 'scheduling.firstEvaluation', hint: 'scheduling.firstEvaluationHint', min: 1, max: 10 },
] as const;

const valuesOf = (settings: AppSettings): SchedulingValues => ({
  schedulingMonths: settings.schedulingMonths,
  inspectionTeamSize: settings.inspectionTeamSize,
  isoRotationYears: settings.isoRotationYears,
  isoRiskPullForwardYears: settings.isoRiskPullForwardYears,
  isoFirstEvaluationWithinYears: settings.isoFirstEvaluationWithinYears,
  isoTeamRequiresTrainedAuditors: settings.isoTeamRequiresTrainedAuditors,
});

/** The generator's rules: the months it schedules in, team size, the ISO rotation, risk weighting and the wait for a first evaluation. */
export function SchedulingRulesForm({ settings }: { settings: AppSettings }) {
  const { t } = useI18n();
  const save = useApiCommand('settings.update');
  const form = useForm<SchedulingValues>({
    mode: 'controlled',
    initialValues: valuesOf(settings),
    validateInputOnChange: true,
    validate: {
      schedulingMonths: (months: number[]) => (months.length > 0 ? null : t('scheduling.monthsError')),
      ...Object.fromEntries(
        numericRules.map((rule) => [
          rule.key,
          (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max ? null : t('scheduling.range', { min: rule.min, max: rule.max })),
        ]),
      ),
    },
  });
  const submit = form.onSubmit(async (values) => {
    if (await save.run({ ...values, schedulingMonths: [...values.schedulingMonths].sort((a, b) => a - b) })) {
      notifications.show({ color: 'green', message: t('scheduling.saved') });
      form.resetDirty();
    }
  });
  const months = form.getInputProps('schedulingMonths');
  return (
    <form onSubmit={submit} onReset={() => form.reset()} aria-label={t('scheduling.title')}>
      <Stack>
        <Checkbox.Group
          label={t('scheduling.months')}
          withAsterisk
          value={form.values.schedulingMonths.map(String)}
          onChange={(value) => form.setFieldValue('schedulingMonths', value.map(Number))}
          error={months.error}
        >
          <Group gap="sm" mt={6}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
              <Checkbox key={month} value={String(month)} label={t('scheduling.month', monthParams(month))} />
            ))}
          </Group>
        </Checkbox.Group>
        <Stack gap="sm">
          {numericRules.map((rule) => (
            <NumberInput
              key={rule.key}
              label={t(rule.label)}
              description={rule.hint ? t(rule.hint) : undefined}
              min={rule.min}
              max={rule.max}
              allowDecimal={false}
              withAsterisk
              w={380}
              {...form.getInputProps(rule.key)}
            />
          ))}
        </Stack>
        <Checkbox label={t('scheduling.trained')} {...form.getInputProps('isoTeamRequiresTrainedAuditors', { type: 'checkbox' })} />
        <FormActions saving={save.running} dirty={form.isDirty()} />
      </Stack>
    </form>
  );
}

import { NumberInput, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { AppSettings } from '../../../../electron/shared/contract/organization';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

const numericRules = [
  { key: 'cchcCoveragePercent', min: 0, max: 100 },
  { key: 'isoSharePercent', min: 0, max: 100 },
  { key: 'correctiveActionDueDaysCchc', min: 1, max: 365 },
  { key: 'correctiveActionDueMonthsIso', min: 1, max: 24 },
  { key: 'dueSoonDays', min: 1, max: 60 },
  { key: 'evidenceMaxMegabytes', min: 1, max: 500 },
] as const;

type RuleKey = (typeof numericRules)[number]['key'];

export function RulesForm({ settings }: { settings: AppSettings }) {
  const { t } = useI18n();
  const save = useApiCommand('settings.update');
  const form = useForm<Record<RuleKey, number>>({
    mode: 'controlled',
    initialValues: Object.fromEntries(numericRules.map((rule) => [rule.key, settings[rule.key]])) as Record<RuleKey, number>,
    validateInputOnChange: true,
    validate: Object.fromEntries(
      numericRules.map((rule) => [
        rule.key,
        (value: unknown) =>
          typeof value === 'number' && value >= rule.min && value <= rule.max ? null : `Giá trị phải từ ${rule.min} đến ${rule.max}`,
      ]),
    ),
  });
  const submit = form.onSubmit(async (values) => {
    if (await save.run(values)) {
      notifications.show({ color: 'green', message: t('settings.rulesSaved') });
      form.resetDirty();
    }
  });
  return (
    <form onSubmit={submit} onReset={() => form.reset()} aria-label={t('settings.rules')}>
      <SimpleGrid cols={2}>
        {numericRules.map((rule) => (
          <NumberInput
            key={rule.key}
            label={t(`settings.${rule.key}` as MessageKey)}
            min={rule.min}
            max={rule.max}
            decimalSeparator=","
            thousandSeparator="."
            withAsterisk
            {...form.getInputProps(rule.key)}
          />
        ))}
      </SimpleGrid>
      <FormActions saving={save.running} dirty={form.isDirty()} />
    </form>
  );
}

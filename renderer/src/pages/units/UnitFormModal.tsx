import { Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useRef } from 'react';
import type { z } from 'zod';
import { cchcScopeByCategory } from '../../../../electron/shared/cchcScope';
import { unitCategories, unitFields } from '../../../../electron/shared/contract/units';
import type { UnitCategory } from '../../../../electron/shared/contract/units';
import type { UnitView } from '../../../../electron/shared/contract/units';
import type { ApiError } from '../../../../electron/shared/contract';
import { FormActions } from '../../components/FormActions';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useContractForm } from '../../hooks/useContractForm';

const unitFormSchema = unitFields.omit({ headPersonId: true }).required({ inCchcScope: true });
export type UnitFormValues = Required<z.input<typeof unitFormSchema>>;

interface UnitFormModalProps {
  opened: boolean;
  editing: UnitView | null;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: UnitFormValues): void;
  onClose(): void;
}

const blank: UnitFormValues = { code: '', name: '', shortName: '', category: 'co_quan_chuyen_mon', inCchcScope: true, isoApplying: true };

/** The same contract schema validates as the user types and again in the back end. */
export function UnitFormModal({ opened, editing, saving, serverError, onSubmit, onClose }: UnitFormModalProps) {
  const { t } = useI18n();
  const includePublicServiceUnits = useApiQuery('settings.get', {}).data?.includePublicServiceUnits ?? false;
  const scopeChosen = useRef(false);
  const form = useContractForm<UnitFormValues>({
    schema: unitFormSchema,
    opened,
    record: editing,
    values: () => (editing ? { code: editing.code, name: editing.name, shortName: editing.shortName, category: editing.category, inCchcScope: editing.inCchcScope, isoApplying: editing.isoApplying } : blank),
    onFill: () => {
      scopeChosen.current = false;
    },
    serverError,
  });
  const scopeDefault = cchcScopeByCategory(form.values.category, includePublicServiceUnits);

  /** A new unit's scope follows its category until the user ticks the box themselves. */
  const changeCategory = (value: string | null) => {
    if (!value) return;
    const category = value as UnitCategory;
    form.setFieldValue('category', category);
    if (!editing && !scopeChosen.current) form.setFieldValue('inCchcScope', cchcScopeByCategory(category, includePublicServiceUnits).inScope);
  };

  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t(editing ? 'units.form.editTitle' : 'units.form.createTitle')} size="lg" centered returnFocus>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput label={t('units.form.code')} description={t('units.form.codeHint')} withAsterisk data-autofocus {...form.getInputProps('code')} />
            <TextInput label={t('units.form.shortName')} {...form.getInputProps('shortName')} />
          </Group>
          <TextInput label={t('units.form.name')} withAsterisk {...form.getInputProps('name')} />
          <Select
            label={t('units.form.type')}
            description={t('units.form.categoryHint')}
            withAsterisk
            allowDeselect={false}
            data={unitCategories.map((category) => ({ value: category, label: t(`unitCategory.${category}`) }))}
            {...form.getInputProps('category')}
            onChange={changeCategory}
          />
          <Stack gap={4}>
            <Checkbox
              label={t('units.form.inCchcScope')}
              {...form.getInputProps('inCchcScope', { type: 'checkbox' })}
              onChange={(event) => {
                scopeChosen.current = true;
                form.setFieldValue('inCchcScope', event.currentTarget.checked);
              }}
            />
            <Text size="sm" c="dimmed" ml={32} data-testid="unit-scope-reason">
              {t(`scopeReason.${scopeDefault.reason}`)}
              {form.values.inCchcScope !== scopeDefault.inScope && ` ${t('scopeReason.userChoice')}`}
            </Text>
          </Stack>
          <Checkbox label={t('units.form.isoApplying')} {...form.getInputProps('isoApplying', { type: 'checkbox' })} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}

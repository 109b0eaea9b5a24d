import { Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect } from 'react';
import type { z } from 'zod';
import { unitFields, unitTypes } from '../../../../electron/shared/contract/units';
import type { UnitView } from '../../../../electron/shared/contract/units';
import type { ApiError } from '../../../../electron/shared/contract';
import { FormActions } from '../../components/FormActions';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalog';

const unitFormSchema = unitFields.omit({ headPersonId: true });
export type UnitFormValues = Required<z.input<typeof unitFormSchema>>;

interface UnitFormModalProps {
  opened: boolean;
  editing: UnitView | null;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: UnitFormValues): void;
  onClose(): void;
}

const blank: UnitFormValues = { code: '', name: '', shortName: '', type: 'PHONG_VHXH', inCchcScope: true, isoApplying: true };

/** The same contract schema validates as the user types and again in the back end. */
export function UnitFormModal({ opened, editing, saving, serverError, onSubmit, onClose }: UnitFormModalProps) {
  const { t } = useI18n();
  const form = useForm<UnitFormValues>({
    mode: 'controlled',
    initialValues: blank,
    validate: schemaResolver(unitFormSchema as unknown as z.ZodType, { sync: true }),
    validateInputOnChange: true,
  });

  useEffect(() => {
    if (!opened) return;
    form.setValues(editing ? { code: editing.code, name: editing.name, shortName: editing.shortName, type: editing.type, inCchcScope: editing.inCchcScope, isoApplying: editing.isoApplying } : blank);
    form.resetDirty();
    form.clearErrors();
    // Only when the dialog opens or switches record.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, editing]);

  useEffect(() => {
    for (const issue of serverError?.issues ?? []) if (issue.path) form.setFieldError(issue.path, issue.message);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverError]);

  return (
    <Modal opened={opened} onClose={onClose} title={t(editing ? 'units.form.editTitle' : 'units.form.createTitle')} size="lg" centered returnFocus>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput label={t('units.form.code')} description={t('units.form.codeHint')} withAsterisk data-autofocus {...form.getInputProps('code')} />
            <TextInput label={t('units.form.shortName')} {...form.getInputProps('shortName')} />
          </Group>
          <TextInput label={t('units.form.name')} withAsterisk {...form.getInputProps('name')} />
          <Select
            label={t('units.form.type')}
            withAsterisk
            allowDeselect={false}
            data={unitTypes.map((type) => ({ value: type, label: t(`unitType.${type}` as MessageKey) }))}
            {...form.getInputProps('type')}
          />
          <Checkbox label={t('units.form.inCchcScope')} {...form.getInputProps('inCchcScope', { type: 'checkbox' })} />
          <Checkbox label={t('units.form.isoApplying')} {...form.getInputProps('isoApplying', { type: 'checkbox' })} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

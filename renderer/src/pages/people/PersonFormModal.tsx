import { Checkbox, Divider, Group, Select, Stack, TextInput } from '@mantine/core';
import type { z } from 'zod';
import type { ApiError } from '../../../../electron/shared/contract';
import { personInput } from '../../../../electron/shared/contract/people';
import type { PersonView } from '../../../../electron/shared/contract/people';
import type { UnitView } from '../../../../electron/shared/contract/units';
import { FormActions } from '../../components/FormActions';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { WardDateInput } from '../../components/WardDateInput';

export type PersonFormValues = Required<z.input<typeof personInput>>;

const blank: PersonFormValues = {
  fullName: '',
  unitId: null,
  position: '',
  phone: '',
  email: '',
  auditorTrained: false,
  auditorCertNumber: '',
  auditorCertDate: null,
  auditorCertIssuer: '',
  mayLead: false,
};

const valuesOf = (person: PersonView): PersonFormValues => ({
  fullName: person.fullName,
  unitId: person.unitId,
  position: person.position,
  phone: person.phone,
  email: person.email,
  auditorTrained: person.auditorTrained,
  auditorCertNumber: person.auditorCertNumber,
  auditorCertDate: person.auditorCertDate,
  auditorCertIssuer: person.auditorCertIssuer,
  mayLead: person.mayLead,
});

interface PersonFormModalProps {
  opened: boolean;
  editing: PersonView | null;
  units: UnitView[];
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: PersonFormValues): void;
  onClose(): void;
}

/** The contract's schema validates as the user types, and again in the back end. */
export function PersonFormModal({ opened, editing, units, saving, serverError, onSubmit, onClose }: PersonFormModalProps) {
  const { t } = useI18n();
  const form = useContractForm<PersonFormValues>({ schema: personInput, opened, record: editing, values: () => (editing ? valuesOf(editing) : blank), serverError });

  const unitOptions = units.filter((u) => u.active || u.id === editing?.unitId).map((u) => ({ value: u.id, label: u.name }));
  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t(editing ? 'people.form.editTitle' : 'people.form.createTitle')} size="lg" centered returnFocus>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack>
          <TextInput label={t('people.form.fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
          <Select label={t('people.form.unit')} description={t('people.form.unitHint')} clearable searchable data={unitOptions} {...form.getInputProps('unitId')} />
          <TextInput label={t('people.form.position')} {...form.getInputProps('position')} />
          <Group grow align="flex-start">
            <TextInput label={t('people.form.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('people.form.email')} type="email" {...form.getInputProps('email')} />
          </Group>
          <Divider label={t('people.form.auditorSection')} labelPosition="left" />
          <Checkbox label={t('people.form.auditorTrained')} {...form.getInputProps('auditorTrained', { type: 'checkbox' })} />
          {form.values.auditorTrained && (
            <Group grow align="flex-start">
              <TextInput label={t('people.form.certNumber')} {...form.getInputProps('auditorCertNumber')} />
              <WardDateInput label={t('people.form.certDate')} clearable maxDate={new Date()} {...form.getInputProps('auditorCertDate')} />
              <TextInput label={t('people.form.certIssuer')} {...form.getInputProps('auditorCertIssuer')} />
            </Group>
          )}
          <Checkbox label={t('people.form.mayLead')} {...form.getInputProps('mayLead', { type: 'checkbox' })} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}

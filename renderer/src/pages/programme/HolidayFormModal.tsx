import { Stack, TextInput } from '@mantine/core';
import type { ApiError } from '../../../../electron/shared/contract';
import { holidayFields } from '../../../../electron/shared/contract/holidays';
import type { HolidayView } from '../../../../electron/shared/contract/holidays';
import { FormActions } from '../../components/FormActions';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { WardDateInput } from '../../components/WardDateInput';

export type HolidayFormValues = {
  date: string | null;
  name: string;
};

const blank: HolidayFormValues = { date: null, name: '' };
const valuesOf = (holiday: HolidayView | null): HolidayFormValues => (holiday ? { date: holiday.date, name: holiday.name } : blank);

interface HolidayFormModalProps {
  opened: boolean;
  year: number;
  editing: HolidayView | null;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: HolidayFormValues): void;
  onClose(): void;
}

export function HolidayFormModal({ opened, year, editing, saving, serverError, onSubmit, onClose }: HolidayFormModalProps) {
  const { t } = useI18n();
  const form = useContractForm<HolidayFormValues>({ schema: holidayFields, opened, record: editing, values: () => valuesOf(editing), serverError });
  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t(editing ? 'holidays.form.editTitle' : 'holidays.form.createTitle')} centered returnFocus>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack>
          <WardDateInput label={t('holidays.form.date')} withAsterisk data-autofocus defaultDate={`${year}-01-01`} {...form.getInputProps('date')} />
          <TextInput label={t('holidays.form.name')} placeholder={t('holidays.form.namePlaceholder')} withAsterisk {...form.getInputProps('name')} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}

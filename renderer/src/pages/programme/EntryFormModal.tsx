import { Group, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import type { ComboboxItem } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import type { ApiError } from '../../../../electron/shared/contract';
import type { HolidayView } from '../../../../electron/shared/contract/holidays';
import type { PersonView } from '../../../../electron/shared/contract/people';
import { entryFields } from '../../../../electron/shared/contract/programme';
import type { PlannedInspectionView } from '../../../../electron/shared/contract/programme';
import type { UnitView } from '../../../../electron/shared/contract/units';
import type { AuditKind } from '../../../../electron/shared/contract/vocabulary';
import { FormActions } from '../../components/FormActions';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { WardDateInput } from '../../components/WardDateInput';
import { LabelledSegments } from './LabelledSegments';
import { teamNotes } from './teamOptions';

export type EntryFormValues = {
  kind: AuditKind;
  unitId: string | null;
  date: string | null;
  content: string;
  leaderId: string | null;
  memberIds: string[];
};

/** The contract's own field rules; the team is picked as a leader and members, checked below. */
const fieldSchema = entryFields.pick({ kind: true, unitId: true, date: true, content: true });

interface EntryFormModalProps {
  opened: boolean;
  year: number;
  editing: PlannedInspectionView | null;
  initialDate: string | null;
  entries: PlannedInspectionView[];
  units: UnitView[];
  people: PersonView[];
  holidays: HolidayView[];
  trainedRequired: boolean;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: EntryFormValues): void;
  onClose(): void;
}

function valuesOf(entry: PlannedInspectionView | null, initialDate: string | null): EntryFormValues {
  if (!entry) return { kind: 'CCHC', unitId: null, date: initialDate, content: '', leaderId: null, memberIds: [] };
  return {
    kind: entry.kind,
    unitId: entry.unitId,
    date: entry.date,
    content: entry.content,
    leaderId: entry.team.find((m) => m.role === 'truong_doan')?.personId ?? null,
    memberIds: entry.team.filter((m) => m.role !== 'truong_doan').map((m) => m.personId),
  };
}

/** Add or change one inspection. Anything may be saved; rules it breaks show in the rule check. */
export function EntryFormModal(props: EntryFormModalProps) {
  const { opened, year, editing, initialDate, entries, units, people, holidays, trainedRequired, saving, serverError, onSubmit, onClose } = props;
  const { t } = useI18n();
  const fieldErrors = schemaResolver(fieldSchema, { sync: true });
  const form = useContractForm<EntryFormValues>({
    check: (values) => ({
      ...fieldErrors({ ...values, unitId: values.unitId ?? '', date: values.date ?? '' }),
      ...(values.leaderId ? {} : { leaderId: t('programme.form.leaderRequired') }),
    }),
    opened,
    record: editing,
    values: () => valuesOf(editing, initialDate),
    serverError,
    fieldOf: (path) => (path.startsWith('team') ? 'leaderId' : path),
  });

  const { values } = form;
  const context = { entries, editingId: editing?.id ?? null, date: values.date, unitId: values.unitId, kind: values.kind, trainedRequired };
  const candidates = people.filter((p) => p.active || [values.leaderId, ...values.memberIds].includes(p.id));
  const describe = (option: ComboboxItem, asLeader: boolean) => {
    const person = people.find((p) => p.id === option.value);
    const notes = person ? teamNotes(person, { ...context, asLeader }) : [];
    return (
      <Stack gap={0}>
        <Text size="sm">{option.label}</Text>
        {(person?.unitName || notes.length > 0) && (
          <Text size="xs" c={notes.length ? 'red.8' : 'dimmed'}>
            {[person?.unitName, ...notes.map((note) => t(`programme.form.${note}`))].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Stack>
    );
  };
  const holidayDates = new Set(holidays.map((h) => h.date));

  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t(editing ? 'programme.form.editTitle' : 'programme.form.addTitle')} size="lg" centered returnFocus>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack>
          <LabelledSegments
            label={t('programme.form.kind')}
            value={values.kind}
            onChange={(kind) => form.setFieldValue('kind', kind)}
            data={(['CCHC', 'ISO'] as const).map((kind) => ({ value: kind, label: t(`programme.kind.${kind}`) }))}
          />
          <Group grow align="flex-start">
            <Select
              label={t('programme.form.unit')}
              withAsterisk
              searchable
              data-autofocus
              data={units.filter((u) => u.active || u.id === values.unitId).map((u) => ({ value: u.id, label: u.name }))}
              {...form.getInputProps('unitId')}
            />
            <WardDateInput
              label={t('programme.form.date')}
              description={t('programme.form.dateHint', { year })}
              withAsterisk
              minDate={`${year}-01-01`}
              maxDate={`${year}-12-31`}
              defaultDate={values.date ?? `${year}-03-01`}
              getDayProps={(date) => (holidayDates.has(date) ? { style: { textDecoration: 'line-through', opacity: 0.6 } } : {})}
              {...form.getInputProps('date')}
            />
          </Group>
          <Select
            label={t('programme.form.leader')}
            withAsterisk
            searchable
            data={candidates.map((p) => ({ value: p.id, label: p.fullName }))}
            renderOption={({ option }) => describe(option, true)}
            {...form.getInputProps('leaderId')}
          />
          <MultiSelect
            label={t('programme.form.members')}
            searchable
            data={candidates.filter((p) => p.id !== values.leaderId).map((p) => ({ value: p.id, label: p.fullName }))}
            renderOption={({ option }) => describe(option, false)}
            {...form.getInputProps('memberIds')}
          />
          <Textarea label={t('programme.form.content')} description={t('programme.form.contentHint')} autosize minRows={2} maxRows={5} {...form.getInputProps('content')} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}

import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarOff, IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { HolidayView } from '../../../../electron/shared/contract/holidays';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useWorkingYear } from '../../app/WorkingYear';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyHint } from '../../components/EmptyHint';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { RowAction } from '../../components/RowAction';
import { HolidayFormModal } from './HolidayFormModal';
import type { HolidayFormValues } from './HolidayFormModal';
import { useDayWords } from './useDayWords';

/** The public holidays of a year, Tết included, as the scheduler excludes them; editable here. */
export function HolidaysSettings() {
  const { t } = useI18n();
  const workingYear = useWorkingYear();
  const [year, setYear] = useState(workingYear);
  const holidays = useApiQuery('holidays.list', { year });
  const create = useApiCommand('holidays.create');
  const update = useApiCommand('holidays.update');
  const remove = useApiCommand('holidays.delete');
  const [form, setForm] = useState<{ editing: HolidayView | null } | null>(null);
  const [deleting, setDeleting] = useState<HolidayView | null>(null);
  const dayWords = useDayWords();
  const list = holidays.data ?? [];

  const submit = async (values: HolidayFormValues) => {
    const input = { date: values.date ?? '', name: values.name };
    const saved = form?.editing ? await update.run({ id: form.editing.id, ...input }) : await create.run(input);
    if (!saved) return;
    notifications.show({ color: 'green', message: t(form?.editing ? 'holidays.updated' : 'holidays.created', { name: saved.name, date: formatCalendarDate(saved.date) }) });
    setForm(null);
    if (!saved.date.startsWith(String(year))) setYear(Number(saved.date.slice(0, 4)));
  };
  const confirmDelete = async () => {
    const holiday = deleting;
    setDeleting(null);
    if (holiday && (await remove.run({ id: holiday.id }))) {
      notifications.show({ message: t('holidays.deleted', { name: holiday.name, date: formatCalendarDate(holiday.date) }) });
    }
  };
  const addButton = (
    <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setForm({ editing: null })}>
      {t('holidays.add')}
    </Button>
  );

  return (
    <>
      <Group mb="sm" align="flex-end">
        <Select
          label={t('holidays.year')}
          data={Array.from({ length: 6 }, (_, i) => String(workingYear - 1 + i))}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={110}
        />
        <Text size="sm" c="dimmed" mb={8}>
          {t('holidays.count', { count: list.length })}
        </Text>
        <Group ml="auto">{addButton}</Group>
      </Group>
      {!holidays.loading && list.length === 0 ? (
        <EmptyHint message={t('holidays.empty', { year })} action={addButton} />
      ) : (
        <Table striped verticalSpacing={4} data-testid="holidays-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('holidays.col.date')}</Table.Th>
              <Table.Th>{t('holidays.col.name')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((holiday) => {
              const weekday = new Date(`${holiday.date}T00:00:00Z`).getUTCDay();
              return (
                <Table.Tr key={holiday.id} data-holiday-date={holiday.date}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{dayWords(holiday.date)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm">{holiday.name}</Text>
                      {(weekday === 0 || weekday === 6) && (
                        <Badge variant="light" color="gray" leftSection={<IconCalendarOff size={12} aria-hidden />}>
                          {t('holidays.weekend')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <RowAction label={t('common.edit')} subject={`${holiday.name} ${formatCalendarDate(holiday.date)}`} icon={IconEdit} onClick={() => setForm({ editing: holiday })} />
                      <RowAction
                        label={t('holidays.delete')}
                        subject={`${holiday.name} ${formatCalendarDate(holiday.date)}`}
                        icon={IconTrash}
                        color="red"
                        onClick={() => setDeleting(holiday)}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <HolidayFormModal
        opened={form !== null}
        year={year}
        editing={form?.editing ?? null}
        saving={create.running || update.running}
        serverError={form?.editing ? update.error : create.error}
        onSubmit={(values) => void submit(values)}
        onClose={() => setForm(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('holidays.confirmDeleteTitle')}
        message={t('holidays.confirmDelete', { date: deleting ? formatCalendarDate(deleting.date) : '', name: deleting?.name ?? '' })}
        confirmLabel={t('holidays.delete')}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

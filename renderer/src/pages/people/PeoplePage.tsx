import { Button, Group, Select, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { PersonView } from '../../../../electron/shared/contract/people';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyHint } from '../../components/EmptyHint';
import { PageHeader } from '../../components/PageHeader';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useUnitList } from '../../hooks/useRegistryLists';
import { useRegistryEditor } from '../../hooks/useRegistryEditor';
import { useI18n } from '../../i18n/I18nProvider';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';
import type { PersonFormValues } from './PersonFormModal';
import { usePeople } from './usePeople';

/** The staff directory: who may inspect, who is a trained auditor, who may lead a team. */
export function PeoplePage({ initialSearch = '' }: { initialSearch?: string }) {
  const { t } = useI18n();
  const [search, setSearch] = useState(initialSearch);
  const [debouncedSearch] = useDebouncedValue(search, 150);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const people = usePeople({ search: debouncedSearch, unitId, includeInactive });
  const units = useUnitList({ includeInactive: true });
  const create = useApiCommand('people.create');
  const update = useApiCommand('people.update');
  const setActive = useApiCommand('people.setActive');
  const editor = useRegistryEditor<PersonView, PersonFormValues>(
    {
      create: (values) => create.run(values),
      update: (id, values) => update.run({ id, ...values }),
      setActive: (id, active) => setActive.run({ id, active }),
    },
    { created: 'people.created', updated: 'people.updated', deactivated: 'people.deactivated', reactivated: 'people.reactivated' },
    (person) => person.fullName,
  );

  const list = people.data ?? [];
  const filtering = debouncedSearch.trim().length > 0 || unitId !== null;
  const addButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={editor.openCreate}>
      {t('people.add')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('people.title')} action={addButton} />
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('people.searchLabel')}
          placeholder={t('people.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <Select
          label={t('people.unitFilter')}
          placeholder={t('people.allUnits')}
          clearable
          searchable
          data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={unitId}
          onChange={setUnitId}
          w={300}
        />
        <Switch label={t('people.showInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} mb={8} />
        <Text c="dimmed" size="sm" mb={8} ml="auto" aria-live="polite">
          {t('people.count', { count: list.length })}
        </Text>
      </Group>
      {!people.loading && list.length === 0 ? (
        filtering ? (
          <EmptyHint message={t('people.noMatch')} />
        ) : (
          <EmptyHint message={t('people.empty')} action={addButton} />
        )
      ) : (
        <PeopleTable
          people={list}
          onEdit={editor.openEdit}
          onToggleActive={editor.requestToggle}
        />
      )}
      <PersonFormModal
        opened={editor.formOpen}
        editing={editor.editing}
        units={units.data ?? []}
        saving={create.running || update.running}
        serverError={editor.editing ? update.error : create.error}
        onSubmit={editor.submit}
        onClose={editor.closeForm}
      />
      <ConfirmDialog
        opened={editor.confirming !== null}
        title={t('people.confirmDeactivateTitle')}
        message={t('people.confirmDeactivate', { name: editor.confirming?.fullName ?? '' })}
        confirmLabel={t('people.deactivate')}
        danger
        onConfirm={editor.confirmToggle}
        onCancel={editor.cancelToggle}
      />
    </>
  );
}

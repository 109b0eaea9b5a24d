import { Button, Group, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { UnitView } from '../../../../electron/shared/contract/units';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyHint } from '../../components/EmptyHint';
import { PageHeader } from '../../components/PageHeader';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useRegistryEditor } from '../../hooks/useRegistryEditor';
import { useI18n } from '../../i18n/I18nProvider';
import { UnitFormModal } from './UnitFormModal';
import type { UnitFormValues } from './UnitFormModal';
import { UnitTable } from './UnitTable';
import { useUnits } from './useUnits';

export function UnitsPage({ initialSearch = '' }: { initialSearch?: string }) {
  const { t } = useI18n();
  const [search, setSearch] = useState(initialSearch);
  const [debouncedSearch] = useDebouncedValue(search, 150);
  const [includeInactive, setIncludeInactive] = useState(false);
  const units = useUnits(debouncedSearch, includeInactive);
  const create = useApiCommand('units.create');
  const update = useApiCommand('units.update');
  const setActive = useApiCommand('units.setActive');
  const editor = useRegistryEditor<UnitView, UnitFormValues>(
    {
      create: (values) => create.run(values),
      update: (id, values) => update.run({ id, ...values }),
      setActive: (id, active) => setActive.run({ id, active }),
    },
    { created: 'units.created', updated: 'units.updated', deactivated: 'units.deactivated', reactivated: 'units.reactivated' },
    (unit) => unit.name,
  );

  const list = units.data ?? [];
  const filtering = debouncedSearch.trim().length > 0;
  return (
    <>
      <PageHeader
        title={t('units.title')}
        action={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={editor.openCreate}>
            {t('units.add')}
          </Button>
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('units.searchLabel')}
          placeholder={t('units.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={420}
        />
        <Switch label={t('units.showInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} mb={8} />
        <Text c="dimmed" size="sm" mb={8} ml="auto" aria-live="polite">
          {t('units.count', { count: list.length })}
        </Text>
      </Group>
      {!units.loading && list.length === 0 ? (
        filtering ? (
          <EmptyHint message={t('units.noMatch')} />
        ) : (
          <EmptyHint message={t('units.empty')} action={<Button onClick={editor.openCreate}>{t('units.add')}</Button>} />
        )
      ) : (
        <UnitTable
          units={list}
          onEdit={editor.openEdit}
          onToggleActive={editor.requestToggle}
        />
      )}
      <UnitFormModal
        opened={editor.formOpen}
        editing={editor.editing}
        saving={create.running || update.running}
        serverError={editor.editing ? update.error : create.error}
        onSubmit={editor.submit}
        onClose={editor.closeForm}
      />
      <ConfirmDialog
        opened={editor.confirming !== null}
        title={t('units.confirmDeactivateTitle')}
        message={t('units.confirmDeactivate', { name: editor.confirming?.name ?? '' })}
        confirmLabel={t('units.deactivate')}
        danger
        onConfirm={editor.confirmToggle}
        onCancel={editor.cancelToggle}
      />
    </>
  );
}

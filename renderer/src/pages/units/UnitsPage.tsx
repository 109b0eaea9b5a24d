import { Button, Group, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { UnitView } from '../../../../electron/shared/contract/units';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyHint } from '../../components/EmptyHint';
import { PageHeader } from '../../components/PageHeader';
import { useApiCommand } from '../../hooks/useApiCommand';
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
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<UnitView | null>(null);
  const [confirming, setConfirming] = useState<UnitView | null>(null);
  const create = useApiCommand('units.create');
  const update = useApiCommand('units.update');
  const setActive = useApiCommand('units.setActive');

  const openCreate = () => {
    setEditing(null);
    setFormOpen(true);
  };
  const submit = async (values: UnitFormValues) => {
    const saved = editing ? await update.run({ id: editing.id, ...values }) : await create.run(values);
    if (!saved) return;
    notifications.show({ color: 'green', message: t(editing ? 'units.updated' : 'units.created', { name: saved.name }) });
    setFormOpen(false);
    units.reload();
  };
  const toggleActive = async (unit: UnitView) => {
    const saved = await setActive.run({ id: unit.id, active: !unit.active });
    setConfirming(null);
    if (!saved) return;
    notifications.show({ message: t(saved.active ? 'units.reactivated' : 'units.deactivated', { name: saved.name }) });
    units.reload();
  };

  const list = units.data ?? [];
  const filtering = debouncedSearch.trim().length > 0;
  return (
    <>
      <PageHeader
        title={t('units.title')}
        action={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={openCreate}>
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
          <EmptyHint message={t('units.empty')} action={<Button onClick={openCreate}>{t('units.add')}</Button>} />
        )
      ) : (
        <UnitTable
          units={list}
          onEdit={(unit) => {
            setEditing(unit);
            setFormOpen(true);
          }}
          onToggleActive={(unit) => (unit.active ? setConfirming(unit) : void toggleActive(unit))}
        />
      )}
      <UnitFormModal
        opened={formOpen}
        editing={editing}
        saving={create.running || update.running}
        serverError={editing ? update.error : create.error}
        onSubmit={submit}
        onClose={() => setFormOpen(false)}
      />
      <ConfirmDialog
        opened={confirming !== null}
        title={t('units.confirmDeactivateTitle')}
        message={t('units.confirmDeactivate', { name: confirming?.name ?? '' })}
        confirmLabel={t('units.deactivate')}
        danger
        onConfirm={() => confirming && void toggleActive(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}

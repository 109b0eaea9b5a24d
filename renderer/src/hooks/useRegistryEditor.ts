import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../../../electron/shared/i18n/catalog';

interface RegistryRecord {
  id: string;
  active: boolean;
}

interface RegistryCommands<Row, Values> {
  create(values: Values): Promise<Row | undefined>;
  update(id: string, values: Values): Promise<Row | undefined>;
  setActive(id: string, active: boolean): Promise<Row | undefined>;
}

interface RegistryMessages {
  created: MessageKey;
  updated: MessageKey;
  deactivated: MessageKey;
  reactivated: MessageKey;
}

/**
 * The create / edit / deactivate flow of a registry page (units, people): one form dialog for both,
 * deactivation asks first, reactivation does not, and every outcome is announced by name.
 */
export function useRegistryEditor<Row extends RegistryRecord, Values>(
  commands: RegistryCommands<Row, Values>,
  messages: RegistryMessages,
  nameOf: (row: Row) => string,
) {
  const { t } = useI18n();
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<Row | null>(null);
  const [confirming, setConfirming] = useState<Row | null>(null);

  const toggleActive = async (row: Row) => {
    const saved = await commands.setActive(row.id, !row.active);
    setConfirming(null);
    if (!saved) return;
    notifications.show({ message: t(saved.active ? messages.reactivated : messages.deactivated, { name: nameOf(saved) }) });
  };

  return {
    formOpen,
    editing,
    confirming,
    openCreate() {
      setEditing(null);
      setFormOpen(true);
    },
    openEdit(row: Row) {
      setEditing(row);
      setFormOpen(true);
    },
    closeForm: () => setFormOpen(false),
    async submit(values: Values) {
      const saved = editing ? await commands.update(editing.id, values) : await commands.create(values);
      if (!saved) return;
      notifications.show({ color: 'green', message: t(editing ? messages.updated : messages.created, { name: nameOf(saved) }) });
      setFormOpen(false);
    },
    requestToggle: (row: Row) => (row.active ? setConfirming(row) : void toggleActive(row)),
    confirmToggle: () => confirming && void toggleActive(confirming),
    cancelToggle: () => setConfirming(null),
  };
}

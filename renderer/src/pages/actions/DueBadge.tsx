import { Badge } from '@mantine/core';
import { IconAlarm, IconAlertTriangle } from '@tabler/icons-react';
import type { ActionRow } from '../../../../electron/shared/contract/actions';
import { useI18n } from '../../i18n/I18nProvider';

/** Overdue in red and due soon in amber, each with an icon and words; nothing for the rest. */
export function DueBadge({ action }: { action: Pick<ActionRow, 'dueState' | 'daysToDue'> }) {
  const { t } = useI18n();
  if (action.dueState === 'overdue') {
    return (
      <Badge color="red.8" leftSection={<IconAlertTriangle size={14} aria-hidden />} tt="none" style={{ whiteSpace: 'nowrap' }}>
        {t('actions.due.overdue', { days: -action.daysToDue })}
      </Badge>
    );
  }
  if (action.dueState === 'due_soon') {
    return (
      <Badge color="yellow.5" autoContrast leftSection={<IconAlarm size={14} aria-hidden />} tt="none" style={{ whiteSpace: 'nowrap' }}>
        {action.daysToDue === 0 ? t('actions.due.today') : t('actions.due.soon', { days: action.daysToDue })}
      </Badge>
    );
  }
  return null;
}

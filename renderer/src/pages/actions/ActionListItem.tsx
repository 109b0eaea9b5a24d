import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import type { ActionRow } from '../../../../electron/shared/contract/actions';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionStatusBadge } from './ActionStatusBadge';
import { DueBadge } from './DueBadge';

/** One action in a short list: status, due date and state, owner and plan; it opens the action. */
export function ActionListItem({ action, onOpen }: { action: ActionRow; onOpen(): void }) {
  const { t } = useI18n();
  const owner = `${action.ownerUnitName} · ${action.ownerPersonName ?? t('actions.noOwnerPerson')}`;
  return (
    <UnstyledButton onClick={onOpen} aria-label={t('actions.openAction', { name: `${owner}, ${t(`actions.status.${action.status}`)}` })} data-action-id={action.id} w="100%">
      <Paper withBorder p="xs" radius="sm" style={{ borderLeft: action.dueState === 'overdue' ? '4px solid var(--mantine-color-red-8)' : undefined }}>
        <Group gap="xs" wrap="wrap">
          <ActionStatusBadge status={action.status} />
          <DueBadge action={action} />
          <Text size="sm">
            {t('actions.col.due')}: {formatCalendarDate(action.dueDate)}
          </Text>
          <Text size="sm" c="dimmed">
            {owner}
          </Text>
        </Group>
        <Text size="sm" mt={4} lineClamp={2} c={action.summary ? undefined : 'dimmed'}>
          {action.summary || t('actions.noPlanYet')}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}

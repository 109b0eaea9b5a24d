import { Text, Timeline } from '@mantine/core';
import type { ActionEventView } from '../../../../electron/shared/contract/actions';
import { formatCalendarDate, formatInstant } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { actionStatusLook } from './ActionStatusBadge';

/** Every move, oldest first: from and to, who and when, the comment, and what the move set. */
export function ActionHistory({ events }: { events: ActionEventView[] }) {
  const { t } = useI18n();
  return (
    <Timeline active={events.length - 1} bulletSize={24} lineWidth={2} data-testid="action-history">
      {events.map((event) => {
        const { icon: StatusIcon, color } = actionStatusLook[event.toStatus];
        const details = event.details ?? {};
        return (
          <Timeline.Item
            key={event.id}
            bullet={<StatusIcon size={14} aria-hidden />}
            color={color}
            title={
              event.fromStatus
                ? `${t(`actions.status.${event.fromStatus}`)} → ${t(`actions.status.${event.toStatus}`)}`
                : t('actions.history.created', { date: details.dueDate ? formatCalendarDate(details.dueDate) : '' })
            }
          >
            <Text size="xs" c="dimmed">
              {t('actions.history.by', { name: event.actorName, time: formatInstant(event.at) })}
            </Text>
            {details.verifierName && details.verificationDate && (
              <Text size="sm">{t('actions.history.verifiedBy', { name: details.verifierName, date: formatCalendarDate(details.verificationDate) })}</Text>
            )}
            {event.fromStatus && details.dueDate && details.previousDueDate && (
              <Text size="sm">
                {t('actions.history.newDueDate', { date: formatCalendarDate(details.dueDate), previous: formatCalendarDate(details.previousDueDate) })}
              </Text>
            )}
            {event.comment && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {event.comment}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

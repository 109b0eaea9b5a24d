import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { routeHash } from '../../app/routes';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';

const NOTICE_ID = 'actions-due-notice';

/** At start-up, one notice of what is overdue or due soon, with a way to the list; nothing when all is in time. */
export function ActionDueNotice() {
  const { t } = useI18n();
  const notice = useApiQuery('actions.dueNotice', {});
  const shown = useRef(false);
  useEffect(() => {
    if (!notice.data || shown.current) return;
    shown.current = true;
    const { overdue, dueSoon, dueSoonDays } = notice.data;
    if (overdue + dueSoon === 0) return;
    notifications.show({
      id: NOTICE_ID,
      color: overdue > 0 ? 'red' : 'yellow',
      icon: <IconAlertTriangle size={18} aria-hidden />,
      title: t('actions.notice.title'),
      autoClose: false,
      closeButtonProps: { 'aria-label': t('common.close') },
      message: (
        <Stack gap={6} align="flex-start">
          <Text size="sm">{t('actions.notice.body', { overdue, dueSoon, days: dueSoonDays })}</Text>
          <Button size="xs" variant="light" component="a" href={routeHash({ page: 'actions', link: { filter: overdue > 0 ? 'overdue' : 'due_soon', year: null } })} onClick={() => notifications.hide(NOTICE_ID)}>
            {t('actions.notice.open')}
          </Button>
        </Stack>
      ),
    });
  }, [notice.data, t]);
  return null;
}

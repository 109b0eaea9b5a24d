import { Badge } from '@mantine/core';
import { IconLock, IconPlayerPlay, IconSquareCheck } from '@tabler/icons-react';
import type { AuditStatus } from '../../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../../i18n/I18nProvider';

const looks = {
  in_progress: { color: 'blue', Icon: IconPlayerPlay },
  closed: { color: 'teal', Icon: IconSquareCheck },
  locked: { color: 'gray', Icon: IconLock },
} as const;

export function AuditStatusBadge({ status }: { status: AuditStatus }) {
  const { t } = useI18n();
  const { color, Icon } = looks[status];
  return (
    <Badge color={color} variant="light" tt="none" leftSection={<Icon size={12} aria-hidden />} styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}>
      {t(`audits.status.${status}`)}
    </Badge>
  );
}

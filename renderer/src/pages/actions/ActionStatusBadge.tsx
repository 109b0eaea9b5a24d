import { Badge } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconCircleDashed, IconHourglass, IconProgress, IconSearch } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { ActionStatus } from '../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';

type Icon = ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;

/** Each status has its own icon, so the badge reads without its colour. */
export const actionStatusLook: Record<ActionStatus, { color: string; icon: Icon }> = {
  moi: { color: 'gray', icon: IconCircleDashed },
  da_phan_tich: { color: 'cyan', icon: IconSearch },
  dang_thuc_hien: { color: 'blue', icon: IconProgress },
  cho_xac_minh: { color: 'indigo', icon: IconHourglass },
  da_xac_minh_hieu_qua: { color: 'green', icon: IconCircleCheck },
  khong_hieu_qua: { color: 'orange', icon: IconAlertCircle },
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useI18n();
  const { color, icon: StatusIcon } = actionStatusLook[status];
  return (
    <Badge color={color} variant="light" leftSection={<StatusIcon size={14} aria-hidden />} tt="none" style={{ whiteSpace: 'nowrap' }}>
      {t(`actions.status.${status}`)}
    </Badge>
  );
}

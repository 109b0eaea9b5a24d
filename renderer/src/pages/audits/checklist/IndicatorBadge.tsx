import { Badge } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/I18nProvider';

/** Met or not met, with icon and words. */
export function IndicatorBadge({ met }: { met: boolean | null }) {
  const { t } = useI18n();
  if (met === null) return null;
  return (
    <Badge
      color={met ? 'green' : 'red'}
      variant="light"
      tt="none"
      size="lg"
      leftSection={met ? <IconCircleCheck size={14} aria-hidden /> : <IconCircleX size={14} aria-hidden />}
      role="status"
    >
      {t(met ? 'audits.indicator.met' : 'audits.indicator.notMet')}
    </Badge>
  );
}

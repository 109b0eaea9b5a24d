import { Badge } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalog';

/** A yes/no as text and icon, never colour alone. */
export function YesNoBadge({ value, yesKey, noKey }: { value: boolean; yesKey: MessageKey; noKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <Badge
      variant="light"
      tt="none"
      maw="none"
      size="md"
      color={value ? 'green' : 'gray'}
      leftSection={value ? <IconCheck size={12} aria-hidden /> : <IconMinus size={12} aria-hidden />}
    >
      {t(value ? yesKey : noKey)}
    </Badge>
  );
}

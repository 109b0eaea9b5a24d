import { Group, Text } from '@mantine/core';
import { IconCircleCheckFilled, IconCircleMinus } from '@tabler/icons-react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

/** A yes/no as an icon and words, never colour alone. */
export function YesNoBadge({ value, yesKey, noKey }: { value: boolean; yesKey: MessageKey; noKey: MessageKey }) {
  const { t } = useI18n();
  const Icon = value ? IconCircleCheckFilled : IconCircleMinus;
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={18} aria-hidden color={value ? 'var(--mantine-color-green-7)' : 'var(--mantine-color-gray-6)'} />
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t(value ? yesKey : noKey)}
      </Text>
    </Group>
  );
}

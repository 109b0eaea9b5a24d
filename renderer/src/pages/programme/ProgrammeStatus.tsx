import { Badge, Group, Text } from '@mantine/core';
import { IconAlertOctagonFilled, IconCircleCheckFilled, IconPencil } from '@tabler/icons-react';
import type { ProgrammeView } from '../../../../electron/shared/contract/programme';
import { formatInstant } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';

/** Draft or approved, in words and icon, with who approved it or what still blocks approval. */
export function ProgrammeStatus({ programme }: { programme: ProgrammeView }) {
  const { t } = useI18n();
  const approved = programme.status === 'approved';
  const hardCount = programme.violations.filter((v) => v.severity === 'hard').length;
  return (
    <Group gap="sm" mb="md" data-testid="programme-status">
      <Badge
        size="lg"
        variant="light"
        color={approved ? 'green' : 'gray'}
        leftSection={approved ? <IconCircleCheckFilled size={14} aria-hidden /> : <IconPencil size={14} aria-hidden />}
      >
        {t(approved ? 'programme.status.approved' : 'programme.status.draft')}
      </Badge>
      <Text size="sm" c="dimmed">
        {approved
          ? t('programme.approvedInfo', { code: programme.documentCode, time: formatInstant(programme.approvedAt ?? programme.createdAt), name: programme.approvedBy ?? '' })
          : t('programme.draftInfo', { time: formatInstant(programme.createdAt) })}
      </Text>
      {!approved && hardCount > 0 && (
        <Group gap={4}>
          <IconAlertOctagonFilled size={16} aria-hidden color="var(--mantine-color-red-7)" />
          <Text size="sm" c="red.8" fw={600}>
            {t('programme.cannotApprove', { count: hardCount })}
          </Text>
        </Group>
      )}
    </Group>
  );
}

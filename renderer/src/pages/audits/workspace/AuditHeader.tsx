import { ActionIcon, Badge, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconDeviceLaptop, IconHistory, IconLockOpen, IconSquareCheck } from '@tabler/icons-react';
import type { AuditDetail } from '../../../../../electron/shared/contract/audits';
import { formatCalendarDate } from '../../../../../electron/shared/dates';
import { useI18n } from '../../../i18n/I18nProvider';
import { AuditStatusBadge } from '../list/AuditStatusBadge';
import { routeHash } from '../../../app/routes';

interface AuditHeaderProps {
  audit: AuditDetail;
  busy: boolean;
  onClose(): void;
  onReopen(): void;
  /** The laptop the audit is handed out to, if it is away: shown, and no close button here. */
  awayOn: string | null;
}

/** Title, unit, dates and status; the primary action (close, or reopen) on the right. */
export function AuditHeader({ audit, busy, onClose, onReopen, awayOn }: AuditHeaderProps) {
  const { t } = useI18n();
  return (
    <Stack gap={2} mb={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Group gap={6} wrap="nowrap" align="center">
            <Tooltip label={t('audits.backToList')}>
              <ActionIcon component="a" href={routeHash({ page: 'audits', audits: { view: 'list' } })} variant="subtle" aria-label={t('audits.backToList')}>
                <IconArrowLeft size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Title order={1} size="h4" lh={1.25}>
              {audit.title}
            </Title>
          </Group>
          <Group gap="xs" mt={2} ml={34}>
            <Badge variant="outline" color="dark" tt="none">
              {t(`audits.kind.${audit.kind}`)}
            </Badge>
            <Text size="sm">{audit.unitName}</Text>
            <Text size="sm" c="dimmed">
              {audit.startDate === audit.endDate ? formatCalendarDate(audit.startDate) : `${formatCalendarDate(audit.startDate)} – ${formatCalendarDate(audit.endDate)}`}
            </Text>
            {audit.leaderName && (
              <Text size="sm" c="dimmed">
                {t('audits.leaderIs', { name: audit.leaderName })}
              </Text>
            )}
            <AuditStatusBadge status={audit.status} />
            {awayOn && (
              <Badge variant="light" color="orange" tt="none" leftSection={<IconDeviceLaptop size={12} aria-hidden />} data-testid="audit-away">
                {t('packages.away', { machine: awayOn })}
              </Badge>
            )}
            {audit.baseline && (
              <Badge variant="light" color="blue" tt="none" leftSection={<IconHistory size={12} aria-hidden />}>
                {t('audits.baseline.badge', { date: formatCalendarDate(audit.baseline.startDate) })}
              </Badge>
            )}
          </Group>
        </div>
        {audit.status === 'in_progress' && !awayOn && (
          <Button leftSection={<IconSquareCheck size={18} aria-hidden />} onClick={onClose} loading={busy} style={{ flexShrink: 0 }}>
            {t('audits.close.button')}
          </Button>
        )}
        {audit.status === 'closed' && (
          <Button variant="default" leftSection={<IconLockOpen size={18} aria-hidden />} onClick={onReopen} loading={busy} style={{ flexShrink: 0 }}>
            {t('audits.reopen')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

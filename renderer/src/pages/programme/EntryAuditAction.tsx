import { Badge, Button } from '@mantine/core';
import { IconCircleCheck, IconExternalLink, IconPlayerPlay } from '@tabler/icons-react';
import type { PlannedInspectionView } from '../../../../electron/shared/contract/programme';
import { routeHash } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * What an approved programme's entry leads to: "Bắt đầu kiểm tra" (the start form, filled from the
 * entry) until an audit is started, then that audit, marked done once it is closed.
 */
export function EntryAuditAction({ entry, startable }: { entry: PlannedInspectionView; startable: boolean }) {
  const { t } = useI18n();
  if (entry.audit) {
    return (
      <Button
        component="a"
        href={routeHash({ page: 'audits', audits: { view: 'audit', auditId: entry.audit.id, tab: entry.audit.done ? 'summary' : 'checklist' } })}
        size="compact-sm"
        variant="subtle"
        leftSection={entry.audit.done ? <IconCircleCheck size={16} aria-hidden /> : <IconExternalLink size={16} aria-hidden />}
      >
        {entry.audit.done ? t('wayfinding.calendar.openDone') : t('wayfinding.calendar.openStarted')}
      </Button>
    );
  }
  if (!startable) return null;
  return (
    <Button
      component="a"
      href={routeHash({ page: 'audits', audits: { view: 'new', plannedInspectionId: entry.id } })}
      size="compact-sm"
      leftSection={<IconPlayerPlay size={14} aria-hidden />}
      aria-label={`${t('wayfinding.calendar.start')}: ${entry.unitName}`}
    >
      {t('wayfinding.calendar.start')}
    </Button>
  );
}

/** Done, started or still to do, in words and with an icon. */
export function EntryProgressBadge({ entry }: { entry: PlannedInspectionView }) {
  const { t } = useI18n();
  if (entry.audit?.done)
    return (
      <Badge color="green" variant="light" tt="none" leftSection={<IconCircleCheck size={12} aria-hidden />}>
        {t('wayfinding.calendar.done')}
      </Badge>
    );
  return (
    <Badge color="gray" variant="outline" tt="none" leftSection={entry.audit ? <IconPlayerPlay size={12} aria-hidden /> : undefined}>
      {entry.audit ? t('programme.started') : t('wayfinding.calendar.pending')}
    </Badge>
  );
}

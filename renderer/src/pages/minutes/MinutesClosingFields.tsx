import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AuditDetail } from '../../../../electron/shared/contract/audits';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { AuditTextField } from '../audits/summary/AuditTextField';
import { EndedTimeField } from './EndedTimeField';

interface MinutesClosingFieldsProps {
  audit: AuditDetail;
}

/** What the minutes record of the closing: the time it ended, the unit's comments and the team's conclusion; editable until issued. */
export function MinutesClosingFields({ audit }: MinutesClosingFieldsProps) {
  const { t } = useI18n();
  const locked = audit.status === 'locked';
  return (
    <Stack gap="sm" component="section" aria-labelledby="minutes-closing">
      <Title order={3} size="h4" id="minutes-closing">
        {t('minutes.closing.title')}
      </Title>
      {audit.status === 'in_progress' ? (
        <Text size="sm" c="dimmed">
          {t('minutes.closing.notClosed', { date: formatCalendarDate(audit.endDate) })}
        </Text>
      ) : (
        <EndedTimeField auditId={audit.id} endDate={audit.endDate} saved={audit.endedTime ?? ''} disabled={locked} />
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <AuditTextField auditId={audit.id} field="unitComments" label={t('audits.summary.unitComments')} description={t('audits.summary.unitCommentsHint')} saved={audit.unitComments} readOnly={locked} />
        <AuditTextField auditId={audit.id} field="conclusion" label={t('audits.summary.conclusion')} description={t('audits.summary.conclusionHint')} saved={audit.conclusion} readOnly={locked} />
      </SimpleGrid>
    </Stack>
  );
}

/** "Biên bản chưa có …": asked in the issue confirmation when the comments or the conclusion are empty. */
export function missingBeforeIssue(audit: Pick<AuditDetail, 'unitComments' | 'conclusion'>, t: ReturnType<typeof useI18n>['t']): string {
  const noComments = audit.unitComments.trim() === '';
  const noConclusion = audit.conclusion.trim() === '';
  if (!noComments && !noConclusion) return '';
  const missing = noComments && noConclusion ? 'both' : noComments ? 'unitComments' : 'conclusion';
  return t('minutes.confirmIssueMissing', { missing: t(`minutes.missing.${missing}`) });
}

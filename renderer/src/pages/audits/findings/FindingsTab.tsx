import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFlag, IconHistory, IconPlus } from '@tabler/icons-react';
import { findingCode, findingClassFor } from '../../../../../electron/shared/rules/findings';
import type { AuditDetail, AuditItemView } from '../../../../../electron/shared/contract/audits';
import type { StoredAnswer } from '../../../../../electron/shared/rules/answers';
import type { EvidenceView } from '../../../../../electron/shared/contract/evidence';
import { formatCalendarDate } from '../../../../../electron/shared/dates';
import type { FindingView } from '../../../../../electron/shared/contract/findings';
import { EmptyHint } from '../../../components/EmptyHint';
import { useI18n } from '../../../i18n/I18nProvider';
import { FindingClassBadge } from '../../actions/FindingClassBadge';
import type { EvidenceApi } from '../evidence/useEvidence';
import { FindingCard } from './FindingCard';

interface FindingsTabProps {
  audit: AuditDetail;
  findings: FindingView[];
  items: AuditItemView[];
  answerOf(itemId: string): StoredAnswer | null;
  evidence: EvidenceApi;
  readOnly: boolean;
  onCreateFromItem(item: AuditItemView): void;
  onCreateAdHoc(): void;
  onEdit(finding: FindingView): void;
  onRemove(finding: FindingView): void;
  onOpenEvidence(evidence: EvidenceView): void;
  onRemoveEvidence(evidence: EvidenceView): void;
}

/** Results that call for a finding, the audit's findings in order, and what the last audit left open. */
export function FindingsTab(props: FindingsTabProps) {
  const { audit, findings, items, answerOf, evidence, readOnly } = props;
  const { t } = useI18n();
  const recorded = new Set(findings.map((finding) => finding.itemId));
  const proposals = items.flatMap((item) => {
    const findingClass = findingClassFor(item.answerType, answerOf(item.id));
    return findingClass && !recorded.has(item.id) ? [{ item, findingClass }] : [];
  });
  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={props.onCreateAdHoc} disabled={readOnly}>
      {t('audits.finding.addAdHoc')}
    </Button>
  );
  return (
    <Stack gap="lg">
      {audit.baseline && audit.baseline.openFindings.length > 0 && (
        <Alert color="blue" icon={<IconHistory size={18} aria-hidden />} title={t('audits.baseline.followUp', { date: formatCalendarDate(audit.baseline.startDate) })}>
          <List spacing={4} size="sm">
            {audit.baseline.openFindings.map((finding) => (
              <List.Item key={finding.id}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={600}>
                    {t('audits.finding.short', { code: findingCode(finding.number) })}
                  </Text>
                  <FindingClassBadge findingClass={finding.findingClass} />
                  <Text size="sm">{finding.description}</Text>
                </Group>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {proposals.length > 0 && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="finding-proposals">
          <Title order={2} size="h4" id="finding-proposals" mb="xs">
            {t('audits.finding.proposalsTitle', { count: proposals.length })}
          </Title>
          <Stack gap={6}>
            {proposals.map(({ item, findingClass }) => (
              <Group key={item.id} justify="space-between" wrap="nowrap">
                <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
                  <Text ff="monospace" fw={700} size="sm">
                    {item.code}
                  </Text>
                  <FindingClassBadge findingClass={findingClass} />
                  <Text size="sm" lineClamp={1}>
                    {item.question}
                  </Text>
                </Group>
                {!readOnly && (
                  <Button size="compact-sm" variant="light" leftSection={<IconFlag size={14} aria-hidden />} onClick={() => props.onCreateFromItem(item)} aria-label={t('audits.finding.createForItem', { code: item.code })}>
                    {t('audits.checklist.createFinding')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('audits.finding.listTitle', { count: findings.length })}
        </Title>
        {findings.length > 0 && addButton}
      </Group>
      {findings.length === 0 ? (
        <EmptyHint message={t('audits.finding.empty')} action={addButton} />
      ) : (
        <Stack gap="sm">
          {findings.map((finding) => (
            <FindingCard
              key={finding.id}
              finding={finding}
              evidence={evidence.byFinding.get(finding.id) ?? []}
              readOnly={readOnly}
              onEdit={props.onEdit}
              onRemove={props.onRemove}
              onAttach={(target, files) => void evidence.attach({ findingId: target.id }, files)}
              onOpenEvidence={props.onOpenEvidence}
              onRemoveEvidence={props.onRemoveEvidence}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

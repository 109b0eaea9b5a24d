import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconCircleCheck, IconEdit, IconTool, IconTrash } from '@tabler/icons-react';
import { findingCode } from '../../../../../electron/shared/rules/findings';
import type { EvidenceView } from '../../../../../electron/shared/contract/evidence';
import type { FindingView } from '../../../../../electron/shared/contract/findings';
import { useI18n } from '../../../i18n/I18nProvider';
import { FindingClassBadge } from '../../actions/FindingClassBadge';
import { EvidenceChips } from '../evidence/EvidenceChips';
import { stampedName, useFileDrop } from '../evidence/useFileDrop';

interface FindingCardProps {
  finding: FindingView;
  evidence: EvidenceView[];
  readOnly: boolean;
  onEdit(finding: FindingView): void;
  onRemove(finding: FindingView): void;
  onAttach(finding: FindingView, files: File[]): void;
  onOpenEvidence(evidence: EvidenceView): void;
  onRemoveEvidence(evidence: EvidenceView): void;
}

/** One finding with its number, class, clause, text and evidence; files can be dropped or pasted onto it. */
export function FindingCard({ finding, evidence, readOnly, onEdit, onRemove, onAttach, onOpenEvidence, onRemoveEvidence }: FindingCardProps) {
  const { t } = useI18n();
  const code = findingCode(finding.number);
  const drop = useFileDrop(!readOnly, (files) => onAttach(finding, files), stampedName(t('audits.evidence.pastedForFinding', { code })));
  const dragging = drop.dragging;
  const line = (label: string, text: string) =>
    text ? (
      <Text size="sm">
        <Text span fw={600}>
          {label}:
        </Text>{' '}
        {text}
      </Text>
    ) : null;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-finding-number={finding.number}
      tabIndex={0}
      aria-label={t('audits.finding.cardLabel', { code, description: finding.description })}
      {...drop.handlers}
      style={{ borderColor: dragging ? 'var(--mantine-color-blue-6)' : undefined, background: dragging ? 'var(--mantine-color-blue-0)' : undefined }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={700}>{t('audits.finding.short', { code })}</Text>
            <FindingClassBadge findingClass={finding.findingClass} />
            {finding.reference && (
              <Text size="sm" c="dimmed">
                {t('audits.checklist.reference', { reference: finding.reference })}
              </Text>
            )}
            {finding.itemCode && (
              <Text size="sm" c="dimmed">
                {t('audits.finding.fromItem', { code: finding.itemCode })}
              </Text>
            )}
            {finding.requiresAction && (
              <Badge variant="outline" color="dark" tt="none" leftSection={<IconTool size={12} aria-hidden />}>
                {t('audits.finding.actionRequested', { count: finding.actionCount })}
              </Badge>
            )}
            {finding.status === 'closed' && (
              <Badge color="green" variant="light" tt="none" leftSection={<IconCircleCheck size={12} aria-hidden />}>
                {t('actions.findingStatus.closed')}
              </Badge>
            )}
          </Group>
          <Text>{finding.description}</Text>
          {line(t('audits.finding.requirement'), finding.requirement)}
          {line(t('audits.finding.evidence'), finding.evidenceText)}
          <EvidenceChips
            evidence={evidence}
            readOnly={readOnly}
            attachLabel={t('audits.evidence.attachToFinding', { code })}
            onAttach={drop.take}
            onOpen={onOpenEvidence}
            onRemove={onRemoveEvidence}
          />
        </Stack>
        {!readOnly && (
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('common.edit')}>
              <ActionIcon variant="subtle" size="lg" aria-label={`${t('common.edit')}: ${t('audits.finding.short', { code })}`} onClick={() => onEdit(finding)}>
                <IconEdit size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('audits.finding.remove')}>
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={`${t('audits.finding.remove')}: ${t('audits.finding.short', { code })}`} onClick={() => onRemove(finding)}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
    </Paper>
  );
}

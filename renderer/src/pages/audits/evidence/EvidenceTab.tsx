import { ActionIcon, Anchor, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconEye, IconTrash } from '@tabler/icons-react';
import { findingCode } from '../../../../../electron/shared/rules/findings';
import type { EvidenceView } from '../../../../../electron/shared/contract/evidence';
import type { FindingView } from '../../../../../electron/shared/contract/findings';
import { formatInstant } from '../../../../../electron/shared/dates';
import { EmptyHint } from '../../../components/EmptyHint';
import { useI18n } from '../../../i18n/I18nProvider';

interface EvidenceTabProps {
  evidence: EvidenceView[];
  itemCodes: Map<string, string>;
  findings: FindingView[];
  readOnly: boolean;
  onOpen(evidence: EvidenceView): void;
  onRemove(evidence: EvidenceView): void;
}

/** Every file attached in the audit, with what it supports. */
export function EvidenceTab({ evidence, itemCodes, findings, readOnly, onOpen, onRemove }: EvidenceTabProps) {
  const { t, formatNumber } = useI18n();
  if (evidence.length === 0) return <EmptyHint message={t('audits.evidence.empty')} />;
  const numbers = new Map(findings.map((finding) => [finding.id, finding.number]));
  const target = (file: EvidenceView) =>
    file.itemId
      ? t('audits.evidence.onItem', { code: itemCodes.get(file.itemId) ?? '?' })
      : t('audits.finding.short', { code: findingCode(numbers.get(file.findingId ?? '') ?? 0) });
  return (
    <Table striped verticalSpacing="sm" data-testid="evidence-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('audits.evidence.file')}</Table.Th>
          <Table.Th>{t('audits.evidence.for')}</Table.Th>
          <Table.Th>{t('audits.evidence.size')}</Table.Th>
          <Table.Th>{t('audits.evidence.added')}</Table.Th>
          <Table.Th>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {evidence.map((file) => (
          <Table.Tr key={file.id}>
            <Table.Td>
              <Anchor component="button" type="button" onClick={() => onOpen(file)}>
                {file.fileName}
              </Anchor>
            </Table.Td>
            <Table.Td>{target(file)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('audits.evidence.kilobytes', { size: formatNumber(Math.max(file.sizeBytes / 1024, 0.1), 1) })}</Table.Td>
            <Table.Td>
              <Text size="sm">{formatInstant(file.createdAt)}</Text>
              {file.createdBy && (
                <Text size="xs" c="dimmed">
                  {file.createdBy}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('audits.evidence.open')}>
                  <ActionIcon variant="subtle" size="lg" aria-label={`${t('audits.evidence.open')}: ${file.fileName}`} onClick={() => onOpen(file)}>
                    <IconEye size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                {!readOnly && (
                  <Tooltip label={t('audits.evidence.remove')}>
                    <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('audits.evidence.removeNamed', { name: file.fileName })} onClick={() => onRemove(file)}>
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

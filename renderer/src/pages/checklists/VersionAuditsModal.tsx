import { Modal, Table, Text } from '@mantine/core';
import type { ChecklistVersionSummary } from '../../../../electron/shared/contract/checklists';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';
import { useVersionAudits } from './useChecklists';

const auditStatusLabel: Record<'in_progress' | 'closed' | 'locked', MessageKey> = {
  in_progress: 'checklists.audit.in_progress',
  closed: 'checklists.audit.closed',
  locked: 'checklists.audit.locked',
};

function AuditList({ versionId }: { versionId: string }) {
  const { t } = useI18n();
  const audits = useVersionAudits(versionId);
  const list = audits.data ?? [];
  if (!audits.loading && list.length === 0) return <Text c="dimmed">{t('checklists.noAudits')}</Text>;
  return (
    <Table verticalSpacing="xs" data-testid="version-audits">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('checklists.audit.title')}</Table.Th>
          <Table.Th>{t('checklists.audit.unit')}</Table.Th>
          <Table.Th>{t('checklists.audit.dates')}</Table.Th>
          <Table.Th>{t('common.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.map((audit) => (
          <Table.Tr key={audit.id}>
            <Table.Td>{audit.title}</Table.Td>
            <Table.Td>{audit.unitName}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {audit.startDate === audit.endDate ? formatCalendarDate(audit.startDate) : `${formatCalendarDate(audit.startDate)} – ${formatCalendarDate(audit.endDate)}`}
            </Table.Td>
            <Table.Td>{t(auditStatusLabel[audit.status])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Which audits were run against this exact version (they keep it whatever is published later). */
export function VersionAuditsModal({ version, onClose }: { version: ChecklistVersionSummary | null; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal opened={version !== null} onClose={onClose} title={t('checklists.auditsTitle', { version: version?.version ?? '' })} size="xl" centered returnFocus>
      {version && <AuditList versionId={version.id} />}
    </Modal>
  );
}

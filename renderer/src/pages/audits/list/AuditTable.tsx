import { Anchor, Group, Progress, Table, Text } from '@mantine/core';
import type { AuditListItem } from '../../../../../electron/shared/contract/audits';
import { formatCalendarDate } from '../../../../../electron/shared/dates';
import { useI18n } from '../../../i18n/I18nProvider';
import { routeHash } from '../../../app/routes';
import { AuditStatusBadge } from './AuditStatusBadge';

export function AuditTable({ audits }: { audits: AuditListItem[] }) {
  const { t } = useI18n();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" data-testid="audits-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('audits.col.audit')}</Table.Th>
          <Table.Th>{t('audits.col.kind')}</Table.Th>
          <Table.Th>{t('audits.col.dates')}</Table.Th>
          <Table.Th>{t('audits.col.leader')}</Table.Th>
          <Table.Th w={180}>{t('audits.col.progress')}</Table.Th>
          <Table.Th>{t('audits.col.findings')}</Table.Th>
          <Table.Th>{t('audits.col.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {audits.map((audit) => (
          <Table.Tr key={audit.id} data-audit-id={audit.id}>
            <Table.Td>
              <Anchor href={routeHash({ page: 'audits', audits: { view: 'audit', auditId: audit.id, tab: 'checklist' } })} fw={600}>
                {audit.unitName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {audit.title}
              </Text>
            </Table.Td>
            <Table.Td>{t(`audits.kind.${audit.kind}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {audit.startDate === audit.endDate ? formatCalendarDate(audit.startDate) : `${formatCalendarDate(audit.startDate)} – ${formatCalendarDate(audit.endDate)}`}
            </Table.Td>
            <Table.Td>{audit.leaderName ?? '—'}</Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Progress value={audit.itemCount ? (audit.answeredCount / audit.itemCount) * 100 : 0} w={90} aria-hidden />
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {t('audits.answeredOf', { answered: audit.answeredCount, total: audit.itemCount })}
                </Text>
              </Group>
            </Table.Td>
            <Table.Td>{audit.findingCount}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <AuditStatusBadge status={audit.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

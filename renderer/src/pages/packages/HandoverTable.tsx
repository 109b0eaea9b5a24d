import { Button, Table, Text } from '@mantine/core';
import type { HandoverView } from '../../../../electron/shared/contract/packages';
import { formatInstant } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';

/** The audits handed out from here (read-only while away) and received from the coordinator. */
/** Short columns keep their width; the audit's title takes what is left and wraps. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  handovers: HandoverView[];
  cancelling: boolean;
  onCancel(handover: HandoverView): void;
  exporting: boolean;
  /** A returned audit's corrective actions, as a follow-up package for the team. */
  onFollowup(handover: HandoverView): void;
}

export function HandoverTable({ handovers, cancelling, onCancel, exporting, onFollowup }: Props) {
  const { t } = useI18n();
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('packages.table.audit')}</Table.Th>
          <Table.Th>{t('packages.table.machine')}</Table.Th>
          <Table.Th>{t('packages.table.when')}</Table.Th>
          <Table.Th>{t('packages.table.state')}</Table.Th>
          <Table.Th aria-label={t('packages.cancelHandover')} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {handovers.map((handover) => {
          const away = handover.direction === 'out' && handover.returnedAt === null;
          return (
            <Table.Tr key={handover.auditId}>
              <Table.Td>{handover.title}</Table.Td>
              <Table.Td style={NO_WRAP}>{handover.machineName}</Table.Td>
              <Table.Td style={NO_WRAP}>{formatInstant(handover.handedAt)}</Table.Td>
              <Table.Td style={NO_WRAP}>
                <Text size="sm" fw={600} c={away ? 'orange.9' : handover.direction === 'in' ? 'blue.9' : 'green.9'}>
                  {away ? t('packages.state.away') : handover.direction === 'in' ? t('packages.state.received') : t('packages.state.returned')}
                </Text>
              </Table.Td>
              <Table.Td style={NO_WRAP}>
                {away && (
                  <Button size="xs" variant="subtle" color="red" loading={cancelling} onClick={() => onCancel(handover)}>
                    {t('packages.cancelHandover')}
                  </Button>
                )}
                {handover.direction === 'out' && handover.returnedAt !== null && (
                  <Button size="xs" variant="subtle" loading={exporting} onClick={() => onFollowup(handover)}>
                    {t('packages.export.followup')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

import { Accordion, Table } from '@mantine/core';
import type { WorkloadRow } from '../../../../electron/shared/contract/programme';
import { useI18n } from '../../i18n/I18nProvider';

/** How the inspections are shared out: the generator balances this, edits may not. */
export function WorkloadPanel({ workload }: { workload: WorkloadRow[] }) {
  const { t } = useI18n();
  return (
    <Accordion variant="contained">
      <Accordion.Item value="workload">
        <Accordion.Control>{t('programme.workload.title', { count: workload.length })}</Accordion.Control>
        <Accordion.Panel>
          <Table striped verticalSpacing={4} data-testid="programme-workload">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programme.workload.person')}</Table.Th>
                <Table.Th>{t('people.col.unit')}</Table.Th>
                <Table.Th ta="right">{t('programme.workload.total')}</Table.Th>
                <Table.Th ta="right">{t('programme.workload.leader')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {workload.map((row) => (
                <Table.Tr key={row.personId}>
                  <Table.Td>{row.fullName}</Table.Td>
                  <Table.Td>{row.unitName ?? t('people.noUnit')}</Table.Td>
                  <Table.Td ta="right">{row.total}</Table.Td>
                  <Table.Td ta="right">{row.asLeader}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

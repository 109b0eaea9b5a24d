import { Group, Stack, Table, Text } from '@mantine/core';
import { IconEdit, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import type { PersonView } from '../../../../electron/shared/contract/people';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { SignatureImageButton } from '../signatures/SignatureImageButton';
import { YesNoBadge } from '../units/UnitStatusBadges';
import { RowAction } from '../../components/RowAction';

interface PeopleTableProps {
  people: PersonView[];
  onEdit(person: PersonView): void;
  onToggleActive(person: PersonView): void;
}

function AuditorCell({ person }: { person: PersonView }) {
  const { t } = useI18n();
  return (
    <Stack gap={2}>
      <YesNoBadge value={person.auditorTrained} yesKey="people.trained" noKey="people.notTrained" />
      {person.auditorCertNumber && (
        <Text size="xs" c="dimmed">
          {t('people.certificate', { number: person.auditorCertNumber })}
          {person.auditorCertDate && `, ${t('people.certificateIssued', { date: formatCalendarDate(person.auditorCertDate) })}`}
          {person.auditorCertIssuer && ` (${person.auditorCertIssuer})`}
        </Text>
      )}
    </Stack>
  );
}

export function PeopleTable({ people, onEdit, onToggleActive }: PeopleTableProps) {
  const { t } = useI18n();
  return (
    <Table striped highlightOnHover stickyHeader verticalSpacing="sm" data-testid="people-table" styles={{ th: { whiteSpace: 'nowrap' } }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('people.col.name')}</Table.Th>
          <Table.Th>{t('people.col.unit')}</Table.Th>
          <Table.Th>{t('people.col.contact')}</Table.Th>
          <Table.Th>{t('people.col.auditor')}</Table.Th>
          <Table.Th>{t('people.col.mayLead')}</Table.Th>
          <Table.Th>{t('people.col.status')}</Table.Th>
          <Table.Th>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((person) => (
          <Table.Tr key={person.id} data-person-name={person.fullName}>
            <Table.Td>
              <Text fw={500} style={{ whiteSpace: 'nowrap' }}>
                {person.fullName}
              </Text>
              {person.position && (
                <Text size="xs" c="dimmed">
                  {person.position}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{person.unitName ?? <Text c="dimmed" size="sm">{t('people.noUnit')}</Text>}</Table.Td>
            <Table.Td>
              <Text size="sm">{person.phone}</Text>
              <Text size="xs" c="dimmed">
                {person.email}
              </Text>
            </Table.Td>
            <Table.Td>
              <AuditorCell person={person} />
            </Table.Td>
            <Table.Td>
              <YesNoBadge value={person.mayLead} yesKey="people.mayLead" noKey="people.mayNotLead" />
            </Table.Td>
            <Table.Td>
              <YesNoBadge value={person.active} yesKey="people.active" noKey="people.inactive" />
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <SignatureImageButton personId={person.id} fullName={person.fullName} />
                <RowAction label={t('common.edit')} subject={person.fullName} icon={IconEdit} onClick={() => onEdit(person)} />
                <RowAction
                  label={t(person.active ? 'people.deactivate' : 'people.reactivate')}
                  subject={person.fullName}
                  icon={person.active ? IconPlayerPause : IconPlayerPlay}
                  color={person.active ? 'red' : 'green'}
                  onClick={() => onToggleActive(person)}
                />
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

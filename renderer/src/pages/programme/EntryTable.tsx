import { Group, Stack, Table, Text } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import type { PlannedInspectionView, ProgrammeViolation, SelectionNote } from '../../../../electron/shared/contract/programme';
import { useI18n } from '../../i18n/I18nProvider';
import { RowAction } from '../../components/RowAction';
import { EntryAuditAction, EntryProgressBadge } from './EntryAuditAction';
import { EntryIssues } from './EntryIssues';
import { KindBadge } from './KindBadge';
import { useDayWords } from './useDayWords';

export interface EntryTableProps {
  entries: PlannedInspectionView[];
  issues: Map<string, ProgrammeViolation[]>;
  editable: boolean;
  /** The programme is approved: each entry offers "Bắt đầu kiểm tra", or its audit once started. */
  startable: boolean;
  highlightId: string | null;
  onEdit(entry: PlannedInspectionView): void;
  onRemove(entry: PlannedInspectionView): void;
}

function useReasonText() {
  const { t } = useI18n();
  return (note: SelectionNote) =>
    t(`programme.reason.${note.reason}`, { year: note.lastYear ?? '', major: note.openMajorNonconformities, overdue: note.overdueCorrectiveActions });
}

function TeamCell({ entry }: { entry: PlannedInspectionView }) {
  const { t } = useI18n();
  const leader = entry.team.find((m) => m.role === 'truong_doan');
  const others = entry.team.filter((m) => m !== leader);
  return (
    <Stack gap={0}>
      {leader && (
        <Text size="sm">
          <Text span fw={600}>
            {t('programme.role.truong_doan')}:
          </Text>{' '}
          {leader.fullName}
        </Text>
      )}
      {others.length > 0 && (
        <Text size="sm" c="dimmed">
          {others.map((m) => m.fullName).join(', ')}
        </Text>
      )}
    </Stack>
  );
}

/** Planned inspections in date order, each with its team, why it was chosen and what it breaks. */
export function EntryTable({ entries, issues, editable, startable, highlightId, onEdit, onRemove }: EntryTableProps) {
  const { t } = useI18n();
  const dayWords = useDayWords();
  const reasonText = useReasonText();
  return (
    <Table verticalSpacing="xs" highlightOnHover layout="fixed" data-testid="programme-entries">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={180}>{t('programme.col.date')}</Table.Th>
          <Table.Th w={175}>{t('programme.col.kind')}</Table.Th>
          <Table.Th>{t('programme.col.unit')}</Table.Th>
          <Table.Th>{t('programme.col.team')}</Table.Th>
          <Table.Th w={120} />
          {editable && <Table.Th w={96}>{t('common.actions')}</Table.Th>}
          {startable && <Table.Th w={190}>{t('common.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          return (
            <Table.Tr
              key={entry.id}
              id={`entry-${entry.id}`}
              tabIndex={-1}
              data-entry-unit={entry.unitName}
              data-entry-kind={entry.kind}
              bg={highlightId === entry.id ? 'var(--mantine-color-yellow-1)' : undefined}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dayWords(entry.date)}</Table.Td>
              <Table.Td>
                <KindBadge kind={entry.kind} />
              </Table.Td>
              <Table.Td>
                <Text fw={500}>{entry.unitName}</Text>
                {entry.selection && (
                  <Text size="xs" c="dimmed">
                    {reasonText(entry.selection)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <TeamCell entry={entry} />
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <EntryIssues issues={issues.get(entry.id) ?? []} />
                  {entry.audit && <EntryProgressBadge entry={entry} />}
                </Stack>
              </Table.Td>
              {editable && (
                <Table.Td>
                  {!entry.auditStarted && (
                    <Group gap={4} wrap="nowrap">
                      <RowAction label={t('programme.editEntry')} subject={`${entry.unitName}, ${dayWords(entry.date)}`} icon={IconEdit} onClick={() => onEdit(entry)} />
                      <RowAction label={t('programme.removeEntry')} subject={`${entry.unitName}, ${dayWords(entry.date)}`} icon={IconTrash} color="red" onClick={() => onRemove(entry)} />
                    </Group>
                  )}
                </Table.Td>
              )}
              {startable && (
                <Table.Td>
                  <EntryAuditAction entry={entry} startable />
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

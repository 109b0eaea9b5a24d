import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import type { PlannedInspectionView, ProgrammeViolation } from '../../../../electron/shared/contract/programme';
import { RowAction } from '../../components/RowAction';
import { useI18n } from '../../i18n/I18nProvider';
import { EntryAuditAction, EntryProgressBadge } from './EntryAuditAction';
import { EntryIssues } from './EntryIssues';
import { KindBadge } from './KindBadge';
import { useDayWords } from './useDayWords';

export interface DayDetailsProps {
  day: string;
  entries: PlannedInspectionView[];
  issues: Map<string, ProgrammeViolation[]>;
  editable: boolean;
  startable: boolean;
  onEdit(entry: PlannedInspectionView): void;
  onRemove(entry: PlannedInspectionView): void;
}

/** One day's inspections, shown beside the day clicked: kind, unit, leader, progress and what can be done next. */
export function DayDetails({ day, entries, issues, editable, startable, onEdit, onRemove }: DayDetailsProps) {
  const { t } = useI18n();
  const dayWords = useDayWords();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {dayWords(day)}
      </Title>
      {entries.map((entry) => {
        const leader = entry.team.find((member) => member.role === 'truong_doan');
        return (
          <Paper key={entry.id} withBorder p="xs" radius="sm" data-day-entry-unit={entry.unitName} data-day-entry-kind={entry.kind}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap={4}>
                <Group gap="xs">
                  <KindBadge kind={entry.kind} />
                  <EntryProgressBadge entry={entry} />
                </Group>
                <Text fw={600} size="sm">
                  {entry.unitName}
                </Text>
                {leader && (
                  <Text size="sm" c="dimmed">
                    {t('programme.role.truong_doan')}: {leader.fullName}
                  </Text>
                )}
                <EntryIssues issues={issues.get(entry.id) ?? []} />
              </Stack>
              <Stack gap={4} align="flex-end">
                <EntryAuditAction entry={entry} startable={startable} />
                {editable && !entry.auditStarted && (
                  <Group gap={4} wrap="nowrap">
                    <RowAction label={t('programme.editEntry')} subject={`${entry.unitName}, ${dayWords(entry.date)}`} icon={IconEdit} onClick={() => onEdit(entry)} />
                    <RowAction label={t('programme.removeEntry')} subject={`${entry.unitName}, ${dayWords(entry.date)}`} icon={IconTrash} color="red" onClick={() => onRemove(entry)} />
                  </Group>
                )}
              </Stack>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

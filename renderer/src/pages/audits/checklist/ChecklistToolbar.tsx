import { Button, Group, Progress, SegmentedControl, Switch, Text, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ChecklistFilter } from './checklistRows';
import { SaveIndicator } from './SaveIndicator';
import type { SaveStatus } from './saveQueue';

interface ChecklistToolbarProps {
  filter: ChecklistFilter;
  counts: Record<ChecklistFilter, number>;
  answered: number;
  total: number;
  autoAdvance: boolean;
  status: SaveStatus;
  onFilter(filter: ChecklistFilter): void;
  onAutoAdvance(value: boolean): void;
  onHelp(): void;
}

export function ChecklistToolbar({ filter, counts, answered, total, autoAdvance, status, onFilter, onAutoAdvance, onHelp }: ChecklistToolbarProps) {
  const { t } = useI18n();
  return (
    <Group justify="space-between" mb="sm" gap="sm" wrap="wrap">
      <Group gap="md" wrap="wrap">
        <SegmentedControl
          aria-label={t('audits.checklist.filter')}
          value={filter}
          onChange={(value) => onFilter(value as ChecklistFilter)}
          data={[
            { value: 'all', label: t('audits.checklist.filterAll', { count: counts.all }) },
            { value: 'unanswered', label: t('audits.checklist.filterUnanswered', { count: counts.unanswered }) },
            { value: 'nonconforming', label: t('audits.checklist.filterNonconforming', { count: counts.nonconforming }) },
          ]}
        />
        <Group gap={6} wrap="nowrap">
          <Progress value={total ? (answered / total) * 100 : 0} w={120} aria-hidden />
          <Text size="sm" data-testid="checklist-progress">
            {t('audits.answeredOf', { answered, total })}
          </Text>
        </Group>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Tooltip label={t('audits.checklist.autoAdvanceHint')} multiline w={280}>
          <Switch label={t('audits.checklist.autoAdvance')} checked={autoAdvance} onChange={(event) => onAutoAdvance(event.currentTarget.checked)} />
        </Tooltip>
        <SaveIndicator status={status} />
        <Button variant="default" size="compact-sm" leftSection={<IconKeyboard size={16} aria-hidden />} onClick={onHelp}>
          {t('audits.checklist.shortcuts')}
        </Button>
      </Group>
    </Group>
  );
}

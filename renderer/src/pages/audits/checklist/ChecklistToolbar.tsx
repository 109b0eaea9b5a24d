import { Button, Group, Progress, SegmentedControl, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { memo } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ChecklistFilter } from './checklistRows';
import { SaveIndicator } from './SaveIndicator';
import type { SaveStatus } from './saveQueue';

interface ChecklistToolbarProps {
  filter: ChecklistFilter;
  counts: Record<ChecklistFilter, number>;
  answered: number;
  total: number;
  onFilter(filter: ChecklistFilter): void;
}

/** Above the sections, beside the questions: which questions are listed, and how many are answered. */
export const ChecklistToolbar = memo(function ChecklistToolbar({ filter, counts, answered, total, onFilter }: ChecklistToolbarProps) {
  const { t } = useI18n();
  return (
    <Stack mb="xs" gap={6} w={220}>
      <SegmentedControl
        size="xs"
        orientation="vertical"
        fullWidth
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
        <Progress value={total ? (answered / total) * 100 : 0} style={{ flex: 1 }} aria-hidden />
        <Text size="sm" data-testid="checklist-progress">
          {t('audits.answeredOf', { answered, total })}
        </Text>
      </Group>
    </Stack>
  );
});

interface ChecklistSettingsProps {
  autoAdvance: boolean;
  status: SaveStatus;
  onAutoAdvance(value: boolean): void;
  onHelp(): void;
}

/** Beside the sections, out of the questions' way: moving on by itself, whether all is saved, the shortcuts. */
export const ChecklistSettings = memo(function ChecklistSettings({ autoAdvance, status, onAutoAdvance, onHelp }: ChecklistSettingsProps) {
  const { t } = useI18n();
  return (
    <Stack gap="xs" mt="md" align="flex-start">
      <Tooltip label={t('audits.checklist.autoAdvanceHint')} multiline w={280}>
        <Switch size="xs" label={t('audits.checklist.autoAdvance')} checked={autoAdvance} onChange={(event) => onAutoAdvance(event.currentTarget.checked)} />
      </Tooltip>
      <SaveIndicator status={status} />
      <Button variant="default" size="compact-sm" leftSection={<IconKeyboard size={16} aria-hidden />} onClick={onHelp}>
        {t('audits.checklist.shortcuts')}
      </Button>
    </Stack>
  );
});

import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconPencilPlus, IconSend, IconTrash } from '@tabler/icons-react';
import type { ChecklistVersionSummary } from '../../../../electron/shared/contract/checklists';
import { formatInstant } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';
import { VersionStatusBadge } from './checklistLabels';
import { DraftYearInput } from './DraftYearInput';

interface VersionBarProps {
  versions: ChecklistVersionSummary[];
  selected: ChecklistVersionSummary;
  hasDraft: boolean;
  onSelect(versionId: string): void;
  onCreateDraft(): void;
  onPublish(): void;
  onDiscard(): void;
  onExport(): void;
  onShowAudits(): void;
  onYearChange(year: number | null): void;
}

const statusWord: Record<ChecklistVersionSummary['status'], MessageKey> = {
  draft: 'checklists.status.draft',
  published: 'checklists.status.published',
  superseded: 'checklists.status.superseded',
};

/** Which version is shown, what it is, and what can be done with it. */
export function VersionBar({ versions, selected, hasDraft, onSelect, onCreateDraft, onPublish, onDiscard, onExport, onShowAudits, onYearChange }: VersionBarProps) {
  const { t } = useI18n();
  const isDraft = selected.status === 'draft';
  return (
    <Paper withBorder p="sm" mb="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="version-picker-label">
              {t('checklists.versionPicker')}
            </Text>
            <SegmentedControl
              aria-labelledby="version-picker-label"
              value={selected.id}
              onChange={onSelect}
              data={versions.map((v) => ({ value: v.id, label: `${t('checklists.versionShort', { version: v.version })} · ${t(statusWord[v.status])}` }))}
            />
          </Stack>
          <Group gap="sm">
            <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} onClick={onExport}>
              {t('checklists.export')}
            </Button>
            {isDraft ? (
              <>
                <Button variant="default" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={onDiscard}>
                  {t('checklists.discardDraft')}
                </Button>
                <Button leftSection={<IconSend size={18} aria-hidden />} onClick={onPublish}>
                  {t('checklists.publish', { version: selected.version })}
                </Button>
              </>
            ) : (
              !hasDraft && (
                <Button leftSection={<IconPencilPlus size={18} aria-hidden />} onClick={onCreateDraft}>
                  {t('checklists.createDraft')}
                </Button>
              )
            )}
          </Group>
        </Group>
        <Group gap="md" align="center">
          <VersionStatusBadge status={selected.status} />
          {isDraft ? (
            <DraftYearInput key={`${selected.id}:${selected.year}`} year={selected.year} onSave={onYearChange} />
          ) : (
            selected.year !== null && <Text size="sm">{t('checklists.yearOf', { year: selected.year })}</Text>
          )}
          <Text size="sm">{t('checklists.itemCount', { count: selected.itemCount, sections: selected.sectionCount })}</Text>
          {selected.publishedAt && (
            <Text size="sm" c="dimmed">
              {t('checklists.publishedBy', { at: formatInstant(selected.publishedAt), by: selected.publishedBy ?? '' })}
            </Text>
          )}
          <Button variant="subtle" size="compact-sm" onClick={onShowAudits} data-testid="version-audits-button">
            {t('checklists.usedByAudits', { count: selected.auditCount })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

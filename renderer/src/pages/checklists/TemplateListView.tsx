import { Button, Group, SegmentedControl, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChecklistTemplateSummary } from '../../../../electron/shared/contract/checklists';
import { templatePurposes } from '../../../../electron/shared/contract/vocabulary';
import type { TemplatePurpose } from '../../../../electron/shared/contract/vocabulary';
import { EmptyHint } from '../../components/EmptyHint';
import { PageHeader } from '../../components/PageHeader';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';
import { purposeLabel } from './checklistLabels';
import { CloneModal } from './CloneModal';
import type { CloneSource } from './CloneModal';
import { useDocumentOutput } from '../../hooks/useDocumentOutput';
import { ImportDialog } from './ImportDialog';
import { TemplateFormModal } from './TemplateFormModal';
import type { TemplateFormValues } from './TemplateFormModal';
import type { ChecklistLocation } from './ChecklistsPage';
import { TemplateTable } from './TemplateTable';
import { useTemplates } from './useChecklists';

/** The version a list row stands for: the published one, else the draft. */
const shownVersion = (template: ChecklistTemplateSummary) => template.published ?? template.draft;

export function TemplateListView({ onGo }: { onGo(place: ChecklistLocation): void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 150);
  const [purpose, setPurpose] = useState<TemplatePurpose | null>(null);
  const [includeRetired, setIncludeRetired] = useState(false);
  const templates = useTemplates({ search: debouncedSearch, purpose, includeRetired });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [cloning, setCloning] = useState<CloneSource | null>(null);
  const create = useApiCommand('checklists.createTemplate');
  const exportXlsx = useApiCommand('checklists.exportXlsx');
  const output = useDocumentOutput();

  const submitCreate = async ({ code, name, purpose: chosen, description, year }: TemplateFormValues) => {
    const created = await create.run({ code, name, purpose: chosen, description, year });
    if (!created) return;
    setCreating(false);
    notifications.show({ color: 'cyan', message: t('checklists.created', { name: created.name }) });
    onGo({ templateId: created.id, versionId: created.versions[0]?.id ?? null });
  };
  const startClone = (template: ChecklistTemplateSummary) => {
    const version = shownVersion(template);
    if (version) setCloning({ code: template.code, name: template.name, versionId: version.id, version: version.version, year: version.year });
  };
  const download = async (template: ChecklistTemplateSummary) => {
    const version = shownVersion(template);
    if (version) await output('save', { kind: 'checklistXlsx', versionId: version.id }, () => exportXlsx.run({ versionId: version.id }));
  };

  const list = templates.data ?? [];
  const filtering = debouncedSearch.trim() !== '' || purpose !== null;
  return (
    <>
      <PageHeader
        title={t('checklists.title')}
        action={
          <Group gap="sm">
            <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setImporting(true)}>
              {t('checklists.import.open')}
            </Button>
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('checklists.add')}
            </Button>
          </Group>
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('checklists.searchLabel')}
          placeholder={t('checklists.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={360}
        />
        <SegmentedControl
          aria-label={t('checklists.col.purpose')}
          value={purpose ?? 'all'}
          onChange={(value) => setPurpose(value === 'all' ? null : (value as TemplatePurpose))}
          data={[{ value: 'all', label: t('checklists.purpose.all') }, ...templatePurposes.map((p) => ({ value: p, label: t(purposeLabel[p]) }))]}
        />
        <Switch label={t('checklists.showRetired')} checked={includeRetired} onChange={(event) => setIncludeRetired(event.currentTarget.checked)} mb={8} />
        <Text c="dimmed" size="sm" mb={8} ml="auto" aria-live="polite">
          {t('checklists.count', { count: list.length })}
        </Text>
      </Group>
      {!templates.loading && list.length === 0 ? (
        filtering ? (
          <EmptyHint message={t('checklists.noMatch')} />
        ) : (
          <EmptyHint message={t('checklists.empty')} action={<Button onClick={() => setCreating(true)}>{t('checklists.add')}</Button>} />
        )
      ) : (
        <TemplateTable templates={list} onOpen={(template) => onGo({ templateId: template.id, versionId: null })} onClone={startClone} onExport={(template) => void download(template)} />
      )}
      <TemplateFormModal opened={creating} editing={null} saving={create.running} serverError={create.error} onSubmit={(values) => void submitCreate(values)} onClose={() => setCreating(false)} />
      <CloneModal source={cloning} onClose={() => setCloning(null)} onCloned={(created) => onGo({ templateId: created.id, versionId: created.versions[0]?.id ?? null })} />
      <ImportDialog
        opened={importing}
        templates={list}
        onClose={() => setImporting(false)}
        onImported={(place) => {
          setImporting(false);
          notifications.show({ color: 'cyan', message: t('checklists.import.done') });
          onGo(place);
        }}
      />
    </>
  );
}

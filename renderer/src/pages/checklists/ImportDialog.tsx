import { Alert, Button, FileInput, Group, List, Modal, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { templateFields } from '../../../../electron/shared/contract/checklists';
import { checklistImportLimits } from '../../../../electron/shared/contract/importLimits';
import type { ChecklistTemplateSummary, ImportPreview } from '../../../../electron/shared/contract/checklists';
import { templatePurposes } from '../../../../electron/shared/contract/vocabulary';
import type { TemplatePurpose } from '../../../../electron/shared/contract/vocabulary';
import { api } from '../../api/client';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';
import { localize } from '../../../../electron/shared/i18n/catalog';
import { purposeLabel } from './checklistLabels';
import { readAsBase64 } from '../../api/binaryFiles';
import { ImportColumnHelp } from './ImportColumnHelp';
import { OptionalNumberInput } from './OptionalNumberInput';

interface ChosenFile {
  fileName: string;
  base64: string;
  preview: ImportPreview;
}

interface ImportDialogProps {
  opened: boolean;
  templates: ChecklistTemplateSummary[];
  onImported(place: { templateId: string; versionId: string }): void;
  onClose(): void;
}

/** Pick a file, see every problem by row (or what will be imported), then import it as a draft. */
export function ImportDialog({ opened, templates, onImported, onClose }: ImportDialogProps) {
  const { t, formatNumber, language } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [kind, setKind] = useState<'newTemplate' | 'newVersion'>('newTemplate');
  const [meta, setMeta] = useState({ code: '', name: '', purpose: 'CCHC' as TemplatePurpose, year: null as number | null, description: '' });
  const [templateId, setTemplateId] = useState<string | null>(null);
  const importXlsx = useApiCommand('checklists.importXlsx');

  const reset = () => {
    setFile(null);
    setChosen(null);
    setTemplateId(null);
    setKind('newTemplate');
  };
  const close = () => {
    reset();
    onClose();
  };

  const refuse = (fileName: string, message: string) =>
    setChosen({ fileName, base64: '', preview: { problems: [{ row: 0, message }], sectionCount: 0, itemCount: 0, suggested: { code: '', name: '', purpose: null, description: '', year: null } } });

  const choose = async (picked: File | null) => {
    setFile(picked);
    setChosen(null);
    if (!picked) return;
    // Refused before it is read, as the back end would refuse it after the upload.
    if (picked.size > checklistImportLimits.maxFileBytes) {
      const megabytes = (bytes: number) => formatNumber(bytes / 1024 / 1024);
      refuse(picked.name, t('checklists.import.tooLarge', { fileName: picked.name, size: megabytes(picked.size), max: megabytes(checklistImportLimits.maxFileBytes) }));
      return;
    }
    setReading(true);
    const base64 = await readAsBase64(picked);
    const result = await api.call('checklists.previewImport', { fileName: picked.name, base64 });
    setReading(false);
    if (!result.ok) {
      refuse(picked.name, result.error.message);
      return;
    }
    const { suggested } = result.value;
    setChosen({ fileName: picked.name, base64, preview: result.value });
    setMeta({ code: suggested.code, name: suggested.name, purpose: suggested.purpose ?? 'CCHC', year: suggested.year, description: suggested.description });
  };

  const submit = async () => {
    if (!chosen) return;
    const target = kind === 'newTemplate' ? { kind, ...meta } : { kind, templateId: templateId ?? '' };
    const place = await importXlsx.run({ fileName: chosen.fileName, base64: chosen.base64, target });
    if (place) {
      reset();
      onImported(place);
    }
  };

  const problems = chosen?.preview.problems ?? [];
  const ready = chosen !== null && problems.length === 0;
  // Checked as typed with the contract's own fields; a refusal from the back end (e.g. a code in use) shows on the same field.
  const typedError = (field: 'code' | 'name') => {
    const check = templateFields.shape[field].safeParse(meta[field]);
    return check.success ? undefined : check.error.issues[0]?.message;
  };
  const fieldError = (path: string) => importXlsx.error?.issues?.find((issue) => issue.path === `target.${path}` || issue.path === path)?.message;

  return (
    <Modal opened={opened} onClose={close} title={t('checklists.import.title')} size="xl" centered returnFocus>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <FileInput
            label={t('checklists.import.file')}
            description={t('checklists.import.fileHint')}
            placeholder={t('checklists.import.filePlaceholder')}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            value={file}
            onChange={(picked) => void choose(picked)}
            clearable
            data-autofocus
          />
          {reading && <Text size="sm">{t('checklists.import.reading')}</Text>}
          {chosen && problems.length > 0 && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('checklists.import.problems', { count: problems.length })} data-testid="import-problems">
              <ScrollArea.Autosize mah={220}>
                <List size="sm" spacing={2}>
                  {problems.map((problem) => (
                    <List.Item key={problem.message}>{problem.text ? localize(problem.text, language) : problem.message}</List.Item>
                  ))}
                </List>
              </ScrollArea.Autosize>
            </Alert>
          )}
          {ready && (
            <>
              <Alert color="cyan" icon={<IconCircleCheck aria-hidden />} data-testid="import-ready">
                {t('checklists.import.ready', { sections: chosen.preview.sectionCount, items: chosen.preview.itemCount })}
              </Alert>
              <SegmentedControl
                aria-label={t('checklists.import.target')}
                value={kind}
                onChange={(value) => setKind(value as typeof kind)}
                data={[
                  { value: 'newTemplate', label: t('checklists.import.asNewTemplate') },
                  { value: 'newVersion', label: t('checklists.import.asNewVersion') },
                ]}
              />
              {kind === 'newTemplate' ? (
                <Stack gap="sm">
                  <TextInput label={t('checklists.form.name')} withAsterisk value={meta.name} error={typedError('name') ?? fieldError('name')} onChange={(e) => setMeta({ ...meta, name: e.currentTarget.value })} />
                  <TextInput label={t('checklists.form.code')} withAsterisk value={meta.code} error={typedError('code') ?? fieldError('code')} onChange={(e) => setMeta({ ...meta, code: e.currentTarget.value })} />
                  <Select
                    label={t('checklists.form.purpose')}
                    allowDeselect={false}
                    value={meta.purpose}
                    onChange={(value) => value && setMeta({ ...meta, purpose: value as TemplatePurpose })}
                    data={templatePurposes.map((purpose) => ({ value: purpose, label: t(purposeLabel[purpose]) }))}
                  />
                  <OptionalNumberInput label={t('checklists.form.year')} thousandSeparator="" allowDecimal={false} w={200} value={meta.year} error={fieldError('year')} onChange={(year) => setMeta({ ...meta, year })} />
                </Stack>
              ) : (
                <Select
                  label={t('checklists.import.intoTemplate')}
                  description={t('checklists.import.intoTemplateHint')}
                  withAsterisk
                  searchable
                  value={templateId}
                  onChange={setTemplateId}
                  error={fieldError('templateId')}
                  data={templates.map((template) => ({ value: template.id, label: `${template.name} (${template.code})`, disabled: template.draft !== null }))}
                />
              )}
            </>
          )}
          <ImportColumnHelp />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={importXlsx.running} disabled={!ready || (kind === 'newVersion' ? templateId === null : typedError('code') !== undefined || typedError('name') !== undefined)}>
              {t('checklists.import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ChecklistVersionSummary } from '../../../../electron/shared/contract/checklists';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyHint } from '../../components/EmptyHint';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';
import { CloneModal } from './CloneModal';
import type { CloneSource } from './CloneModal';
import { useDocumentOutput } from '../../hooks/useDocumentOutput';
import { TemplateFormModal } from './TemplateFormModal';
import type { TemplateFormValues } from './TemplateFormModal';
import { TemplateHeader } from './TemplateHeader';
import type { ChecklistLocation } from './ChecklistsPage';
import { useTemplate } from './useChecklists';
import { VersionAuditsModal } from './VersionAuditsModal';
import { VersionBar } from './VersionBar';
import { VersionContent } from './VersionContent';

/** The version shown when none is named: the draft being edited, else the one in use. */
function defaultVersion(versions: ChecklistVersionSummary[]): ChecklistVersionSummary | undefined {
  return versions.find((v) => v.status === 'draft') ?? versions.find((v) => v.status === 'published') ?? versions[0];
}

type Confirming = 'publish' | 'discard' | 'retire' | null;

export function TemplateView({ templateId, versionId, onGo }: { templateId: string; versionId: string | null; onGo(place: ChecklistLocation): void }) {
  const { t } = useI18n();
  const template = useTemplate(templateId);
  const [editingInfo, setEditingInfo] = useState(false);
  const [cloning, setCloning] = useState<CloneSource | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [showAudits, setShowAudits] = useState<ChecklistVersionSummary | null>(null);
  const updateTemplate = useApiCommand('checklists.updateTemplate');
  const setRetired = useApiCommand('checklists.setTemplateRetired');
  const createDraft = useApiCommand('checklists.createDraft');
  const updateDraft = useApiCommand('checklists.updateDraft');
  const discardDraft = useApiCommand('checklists.discardDraft');
  const publish = useApiCommand('checklists.publish');
  const exportXlsx = useApiCommand('checklists.exportXlsx');
  const output = useDocumentOutput();

  const detail = template.data?.id === templateId ? template.data : undefined;
  if (!detail) {
    return template.error ? (
      <EmptyHint message={template.error.message} action={<Button onClick={() => onGo({ templateId: null, versionId: null })}>{t('checklists.backToList')}</Button>} />
    ) : (
      <Loader aria-label={t('common.loading')} />
    );
  }
  const selected = detail.versions.find((v) => v.id === versionId) ?? defaultVersion(detail.versions);
  const draft = detail.versions.find((v) => v.status === 'draft');
  const goVersion = (id: string) => onGo({ templateId, versionId: id });

  const startDraft = async () => {
    const created = await createDraft.run({ templateId });
    if (!created) return;
    notifications.show({ color: 'indigo', message: t('checklists.draftCreated', { version: created.version }) });
    goVersion(created.id);
  };
  const confirmed = async () => {
    if (confirming === 'publish' && selected) {
      const done = await publish.run({ id: selected.id });
      if (done) notifications.show({ color: 'cyan', message: t('checklists.published', { version: done.version }) });
    } else if (confirming === 'discard' && selected) {
      const done = await discardDraft.run({ id: selected.id });
      if (done?.templateDeleted) {
        setConfirming(null);
        onGo({ templateId: null, versionId: null });
        return;
      }
      if (done) onGo({ templateId, versionId: null });
    } else if (confirming === 'retire') {
      await setRetired.run({ id: templateId, retired: !detail.retired });
    }
    setConfirming(null);
  };
  const saveInfo = async ({ code, name, description }: TemplateFormValues) => {
    if (await updateTemplate.run({ id: templateId, code, name, description })) {
      setEditingInfo(false);
    }
  };
  const download = async () => {
    if (selected) await output('save', { kind: 'checklistXlsx', versionId: selected.id }, () => exportXlsx.run({ versionId: selected.id }));
  };

  const published = detail.versions.find((v) => v.status === 'published');
  const confirmText: Record<Exclude<Confirming, null>, { title: string; message: string; label: string; danger: boolean }> = {
    publish: {
      title: t('checklists.confirmPublishTitle', { version: selected?.version ?? '' }),
      message: published
        ? t('checklists.confirmPublishReplacing', { version: selected?.version ?? '', previous: published.version, audits: published.auditCount })
        : t('checklists.confirmPublishFirst', { version: selected?.version ?? '' }),
      label: t('checklists.publish', { version: selected?.version ?? '' }),
      danger: false,
    },
    discard: {
      title: t('checklists.confirmDiscardTitle', { version: selected?.version ?? '' }),
      message: t(detail.versions.length === 1 ? 'checklists.confirmDiscardTemplate' : 'checklists.confirmDiscard', { version: selected?.version ?? '', name: detail.name }),
      label: t('checklists.discardDraft'),
      danger: true,
    },
    retire: {
      title: t(detail.retired ? 'checklists.restore' : 'checklists.retire'),
      message: t(detail.retired ? 'checklists.confirmRestore' : 'checklists.confirmRetire', { name: detail.name }),
      label: t(detail.retired ? 'checklists.restore' : 'checklists.retire'),
      danger: !detail.retired,
    },
  };

  return (
    <>
      <TemplateHeader
        template={detail}
        onBack={() => onGo({ templateId: null, versionId: null })}
        onEdit={() => setEditingInfo(true)}
        onClone={() => selected && setCloning({ code: detail.code, name: detail.name, versionId: selected.id, version: selected.version, year: selected.year })}
        onToggleRetired={() => setConfirming('retire')}
      />
      {selected ? (
        <>
          <VersionBar
            versions={detail.versions}
            selected={selected}
            hasDraft={draft !== undefined}
            onSelect={goVersion}
            onCreateDraft={() => void startDraft()}
            onPublish={() => setConfirming('publish')}
            onDiscard={() => setConfirming('discard')}
            onExport={() => void download()}
            onShowAudits={() => setShowAudits(selected)}
            onYearChange={(year) => void updateDraft.run({ id: selected.id, year })}
          />
          <VersionContent key={`${selected.id}:${selected.status}`} versionId={selected.id} />
        </>
      ) : (
        <EmptyHint message={t('checklists.noVersions')} action={<Button onClick={() => void startDraft()}>{t('checklists.createDraft')}</Button>} />
      )}
      <TemplateFormModal opened={editingInfo} editing={detail} saving={updateTemplate.running} serverError={updateTemplate.error} onSubmit={(values) => void saveInfo(values)} onClose={() => setEditingInfo(false)} />
      <CloneModal source={cloning} onClose={() => setCloning(null)} onCloned={(created) => onGo({ templateId: created.id, versionId: created.versions[0]?.id ?? null })} />
      <VersionAuditsModal version={showAudits} onClose={() => setShowAudits(null)} />
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming ? confirmText[confirming].title : ''}
        message={confirming ? confirmText[confirming].message : ''}
        confirmLabel={confirming ? confirmText[confirming].label : ''}
        danger={confirming ? confirmText[confirming].danger : false}
        onConfirm={() => void confirmed()}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}

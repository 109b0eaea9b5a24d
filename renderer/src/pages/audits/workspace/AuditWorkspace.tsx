import { Alert, Loader, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { AuditItemView } from '../../../../../electron/shared/contract/audits';
import type { EvidenceView } from '../../../../../electron/shared/contract/evidence';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useApiCommand } from '../../../hooks/useApiCommand';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useI18n } from '../../../i18n/I18nProvider';
import { FindingActionsPanel } from '../../actions/FindingActionsPanel';
import { MinutesPanel } from '../../minutes/MinutesPanel';
import { ChecklistScreen } from '../checklist/ChecklistScreen';
import { useChecklistAnswers } from '../checklist/useChecklistAnswers';
import { EvidencePreview } from '../evidence/EvidencePreview';
import { EvidenceTab } from '../evidence/EvidenceTab';
import { useEvidence } from '../evidence/useEvidence';
import { FindingsTab } from '../findings/FindingsTab';
import { SummaryTab } from '../summary/SummaryTab';
import { workspaceTabs } from '../../../app/routes';
import type { WorkspaceTab } from '../../../app/routes';
import { useAuditAway } from '../../packages/usePackages';
import { AuditHeader } from './AuditHeader';
import { AuditInfoTab } from './AuditInfoTab';
import { CloseAuditDialog } from './CloseAuditDialog';
import { EditAuditDialog } from './EditAuditDialog';
import { useFindingEditor } from './useFindingEditor';

interface AuditWorkspaceProps {
  auditId: string;
  tab: WorkspaceTab;
  onTab(tab: WorkspaceTab): void;
}

/** One audit: the checklist, findings, evidence, summary, corrective actions, minutes and information, as tabs. */
export function AuditWorkspace({ auditId, tab, onTab }: AuditWorkspaceProps) {
  const { t } = useI18n();
  const audit = useApiQuery('audits.get', { id: auditId });
  const findings = useApiQuery('findings.list', { auditId });
  const answers = useChecklistAnswers(auditId);
  const evidence = useEvidence(auditId);
  const findingEditor = useFindingEditor(auditId);
  const reopen = useApiCommand('audits.reopen');
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [removingEvidence, setRemovingEvidence] = useState<EvidenceView | null>(null);
  const [previewing, setPreviewing] = useState<EvidenceView | null>(null);
  const [editing, setEditing] = useState(false);
  const [focusItemId, setFocusItemId] = useState<string | null>(null);
  // Handed out to a team laptop: read-only here until its result comes back.
  const awayOn = useAuditAway(auditId);

  const items = useMemo(() => (answers.sections ?? []).flatMap((section) => section.items), [answers.sections]);
  const findingsByItem = useMemo(() => {
    const map = new Map<string, number[]>();
    for (const finding of findings.data ?? []) if (finding.itemId) map.set(finding.itemId, [...(map.get(finding.itemId) ?? []), finding.number]);
    return map;
  }, [findings.data]);

  if (audit.error && !audit.data) return <Alert color="red">{audit.error.message}</Alert>;
  if (!audit.data) return <Loader aria-label={t('common.loading')} />;
  const detail = audit.data;
  const readOnly = detail.status !== 'in_progress' || awayOn !== null;

  const createFinding = (item: AuditItemView) => findingEditor.fromItem(item, answers.answerOf(item.id));
  const auditClosed = () => {
    setConfirmingClose(false);
    notifications.show({ color: 'green', message: t('audits.close.done') });
  };
  const reopenAudit = () => void reopen.run({ id: auditId });
  const removeEvidence = async () => {
    if (removingEvidence) await evidence.remove(removingEvidence);
    setRemovingEvidence(null);
  };
  const chooseTab = (next: string | null) => {
    onTab(workspaceTabs.find((candidate) => candidate === next) ?? 'checklist');
  };

  return (
    <>
      <Tabs value={tab} onChange={chooseTab} keepMounted={false}>
        <div className="workspace-head">
          <AuditHeader audit={detail} busy={reopen.running} onClose={() => setConfirmingClose(true)} onReopen={() => void reopenAudit()} awayOn={awayOn} />
          <Tabs.List>
            <Tabs.Tab value="checklist">{t('audits.tab.checklist')}</Tabs.Tab>
            <Tabs.Tab value="findings">{t('audits.tab.findings', { count: findings.data?.length ?? 0 })}</Tabs.Tab>
            <Tabs.Tab value="evidence">{t('audits.tab.evidence', { count: evidence.all.length })}</Tabs.Tab>
            <Tabs.Tab value="summary">{t('audits.tab.summary')}</Tabs.Tab>
            <Tabs.Tab value="actions">{t('audits.tab.actions')}</Tabs.Tab>
            <Tabs.Tab value="minutes">{t('audits.tab.minutes')}</Tabs.Tab>
            <Tabs.Tab value="info">{t('audits.tab.info')}</Tabs.Tab>
          </Tabs.List>
        </div>
        {readOnly && (
          <Alert color="gray" icon={<IconLock size={18} aria-hidden />} mb="md">
            {awayOn !== null ? t('packages.awayNotice', { machine: awayOn }) : t(detail.status === 'locked' ? 'audits.lockedNotice' : 'audits.closedNotice')}
          </Alert>
        )}
        <Tabs.Panel value="checklist">
          {answers.loadError ? (
            <Alert color="red">{answers.loadError}</Alert>
          ) : answers.sections ? (
            <ChecklistScreen
              answers={{ ...answers, sections: answers.sections }}
              findingsByItem={findingsByItem}
              evidence={evidence}
              readOnly={readOnly}
              initialItemId={focusItemId}
              onCreateFinding={createFinding}
              onOpenEvidence={setPreviewing}
              onRemoveEvidence={setRemovingEvidence}
            />
          ) : (
            <Loader aria-label={t('common.loading')} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="findings">
          <FindingsTab
            audit={detail}
            findings={findings.data ?? []}
            items={items}
            answerOf={answers.answerOf}
            evidence={evidence}
            readOnly={readOnly}
            onCreateFromItem={createFinding}
            onCreateAdHoc={findingEditor.adHoc}
            onEdit={findingEditor.edit}
            onRemove={findingEditor.remove}
            onOpenEvidence={setPreviewing}
            onRemoveEvidence={setRemovingEvidence}
          />
        </Tabs.Panel>
        <Tabs.Panel value="evidence">
          <EvidenceTab
            evidence={evidence.all}
            itemCodes={new Map(items.map((item) => [item.id, item.code]))}
            findings={findings.data ?? []}
            readOnly={readOnly}
            onOpen={setPreviewing}
            onRemove={setRemovingEvidence}
          />
        </Tabs.Panel>
        <Tabs.Panel value="summary">
          <SummaryTab
            audit={detail}
            onClose={() => setConfirmingClose(true)}
            onGoToItem={(itemId) => {
              setFocusItemId(itemId);
              onTab('checklist');
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="actions">
          <FindingActionsPanel auditId={auditId} />
        </Tabs.Panel>
        <Tabs.Panel value="minutes">
          <MinutesPanel audit={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="info">
          <AuditInfoTab audit={detail} readOnly={readOnly} onEdit={() => setEditing(true)} />
        </Tabs.Panel>
      </Tabs>
      {findingEditor.elements}
      <EvidencePreview evidence={previewing} onClose={() => setPreviewing(null)} />
      <ConfirmDialog
        opened={removingEvidence !== null}
        title={t('audits.evidence.removeTitle')}
        message={t('audits.evidence.removeMessage', { name: removingEvidence?.fileName ?? '' })}
        confirmLabel={t('audits.evidence.remove')}
        danger
        onConfirm={() => void removeEvidence()}
        onCancel={() => setRemovingEvidence(null)}
      />
      {confirmingClose && (
        <CloseAuditDialog
          auditId={auditId}
          onCancel={() => setConfirmingClose(false)}
          onClosed={auditClosed}
          onOpenSummary={() => {
            setConfirmingClose(false);
            onTab('summary');
          }}
          onGoToItem={(itemId) => {
            setConfirmingClose(false);
            setFocusItemId(itemId);
            onTab('checklist');
          }}
        />
      )}
      {editing && (
        <EditAuditDialog
          audit={detail}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
    </>
  );
}

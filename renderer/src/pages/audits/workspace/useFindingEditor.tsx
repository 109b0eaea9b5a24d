import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { findingCode } from '../../../../../electron/shared/rules/findings';
import type { AuditItemView } from '../../../../../electron/shared/contract/audits';
import type { StoredAnswer } from '../../../../../electron/shared/rules/answers';
import { proposeFinding } from '../../../../../electron/shared/rules/findingProposal';
import type { FindingDraft, FindingView } from '../../../../../electron/shared/contract/findings';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useApiCommand } from '../../../hooks/useApiCommand';
import { useI18n } from '../../../i18n/I18nProvider';
import { FindingFormModal } from '../findings/FindingFormModal';
import type { FindingFormState } from '../findings/FindingFormModal';

/** Creating (from an item's answer, or ad hoc), editing and removing findings, with their dialogs. */
export function useFindingEditor(auditId: string) {
  const { t } = useI18n();
  const [state, setState] = useState<FindingFormState | null>(null);
  const [removing, setRemoving] = useState<FindingView | null>(null);
  const create = useApiCommand('findings.create');
  const update = useApiCommand('findings.update');
  const remove = useApiCommand('findings.remove');

  const fromItem = (item: AuditItemView, answer: StoredAnswer | null) => {
    const draft: FindingDraft = proposeFinding(item, answer ? { ...answer } : null) ?? {
      itemId: item.id,
      findingClass: 'diem_luu_y',
      reference: item.reference || item.code,
      description: answer?.note ?? '',
      requirement: item.question,
      evidenceText: '',
      requiresAction: false,
    };
    setState({ findingId: null, context: t('audits.finding.aboutItem', { code: item.code, question: item.question }), draft });
  };
  const adHoc = () =>
    setState({
      findingId: null,
      context: t('audits.finding.adHocContext'),
      draft: { itemId: null, findingClass: 'kph_nhe', reference: '', description: '', requirement: '', evidenceText: '', requiresAction: true },
    });
  const edit = (finding: FindingView) =>
    setState({
      findingId: finding.id,
      context: t('audits.finding.short', { code: findingCode(finding.number) }),
      draft: {
        itemId: finding.itemId,
        findingClass: finding.findingClass,
        reference: finding.reference,
        description: finding.description,
        requirement: finding.requirement,
        evidenceText: finding.evidenceText,
        requiresAction: finding.requiresAction,
      },
    });

  const submit = async ({ itemId, ...fields }: FindingDraft) => {
    const saved = state?.findingId ? await update.run({ id: state.findingId, ...fields }) : await create.run({ auditId, itemId, ...fields });
    if (!saved) return;
    notifications.show({ color: 'green', message: t(state?.findingId ? 'audits.finding.updated' : 'audits.finding.created', { code: findingCode(saved.number) }) });
    setState(null);
  };
  const confirmRemove = async () => {
    if (!removing) return;
    const removed = await remove.run({ id: removing.id });
    setRemoving(null);
    if (!removed) return;
    notifications.show({ message: t('audits.finding.removed', { code: findingCode(removed.removedNumber) }) });
  };

  const elements = (
    <>
      <FindingFormModal
        state={state}
        saving={create.running || update.running}
        serverError={state?.findingId ? update.error : create.error}
        onSubmit={(values) => void submit(values)}
        onClose={() => setState(null)}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('audits.finding.removeTitle')}
        message={removing ? t('audits.finding.removeMessage', { code: findingCode(removing.number), description: removing.description }) : ''}
        confirmLabel={t('audits.finding.remove')}
        danger
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
  return { fromItem, adHoc, edit, remove: setRemoving, elements };
}

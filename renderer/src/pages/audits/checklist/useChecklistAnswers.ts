import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ApiError } from '../../../../../electron/shared/contract';
import { applyAnswerChange, blankAnswer } from '../../../../../electron/shared/rules/answers';
import type { AuditItemQuestion, AuditSectionView } from '../../../../../electron/shared/contract/audits';
import type { AnswerPatch, StoredAnswer } from '../../../../../electron/shared/rules/answers';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n/I18nProvider';
import { AnswerSaveQueue } from './saveQueue';
import type { SaveStatus } from './saveQueue';

export interface ChecklistAnswers {
  sections: AuditSectionView[] | undefined;
  loadError: string | undefined;
  /** The answer as the auditor sees it: committed, with any change still on its way laid over it. */
  answerOf(itemId: string): StoredAnswer | null;
  save(item: AuditItemQuestion, patch: AnswerPatch): void;
  /** A change the store (or the same rules, before sending) refused, per item. */
  problems: Record<string, string>;
  status: SaveStatus;
}

/**
 * The checklist and its answers. Every change shows at once, is queued, and is sent as one small
 * command; the indicator says whether everything typed has been committed.
 */
export function useChecklistAnswers(auditId: string): ChecklistAnswers {
  const { t } = useI18n();
  const [sections, setSections] = useState<AuditSectionView[]>();
  const [loadError, setLoadError] = useState<string>();
  const [answers, setAnswers] = useState<Map<string, StoredAnswer>>(new Map());
  const committed = useRef(new Map<string, StoredAnswer>());
  const items = useRef(new Map<string, AuditItemQuestion>());
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<SaveStatus>({ pending: 0, retrying: false, lastSavedAt: null });

  const queue = useRef<AnswerSaveQueue | null>(null);

  const restoreRefused = useEffectEvent((itemId: string, error: ApiError) => {
    notifications.show({ color: 'red', title: t('audits.save.refused'), message: error.message });
    setProblems((previous) => ({ ...previous, [itemId]: error.issues?.[0]?.message ?? error.message }));
    const item = items.current.get(itemId);
    if (!item) return;
    const restored = applyAnswerChange(item, committed.current.get(itemId) ?? blankAnswer, queue.current?.unsaved(itemId) ?? {}).next;
    setAnswers((previous) => new Map(previous).set(itemId, restored));
  });
  useEffect(() => {
    const created = new AnswerSaveQueue(auditId, (input) => api.call('audits.saveResponse', input), {
      onSaved(itemId, response, settled) {
        committed.current.set(itemId, response);
        if (settled) setAnswers((previous) => new Map(previous).set(itemId, response));
      },
      onRefused: restoreRefused,
      onStatus: setStatus,
    });
    queue.current = created;
    return () => {
      created.stop();
      queue.current = null;
    };
  }, [auditId]);

  useEffect(() => {
    let superseded = false;
    void api.call('audits.checklist', { auditId }).then((result) => {
      if (superseded) return;
      if (!result.ok) {
        setLoadError(result.error.message);
        return;
      }
      const loaded = new Map<string, StoredAnswer>();
      for (const item of result.value.sections.flatMap((section) => section.items)) {
        items.current.set(item.id, item);
        if (item.response) loaded.set(item.id, item.response);
      }
      committed.current = new Map(loaded);
      setAnswers(loaded);
      setSections(result.value.sections);
    });
    return () => {
      superseded = true;
    };
  }, [auditId]);

  // Closing the page with changes still on their way asks first (the browser words the question).
  useEffect(() => {
    if (status.pending === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status.pending]);

  const save = useCallback(
    (item: AuditItemQuestion, patch: AnswerPatch) => {
      const { issues } = applyAnswerChange(item, blankAnswer, patch);
      const problem = issues[0]?.message;
      setProblems((previous) => {
        if (!problem && !(item.id in previous)) return previous;
        const next = { ...previous };
        if (problem) next[item.id] = problem;
        else delete next[item.id];
        return next;
      });
      if (problem) return;
      setAnswers((previous) => new Map(previous).set(item.id, applyAnswerChange(item, previous.get(item.id) ?? blankAnswer, patch).next));
      queue.current?.enqueue(item.id, patch);
    },
    [],
  );

  const answerOf = useCallback((itemId: string) => answers.get(itemId) ?? null, [answers]);
  return { sections, loadError, answerOf, save, problems, status };
}

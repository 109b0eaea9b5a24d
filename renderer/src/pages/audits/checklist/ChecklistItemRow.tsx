import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconFlag, IconNote } from '@tabler/icons-react';
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { answerState } from '../../../../../electron/shared/rules/answers';
import { findingClassFor, findingCode } from '../../../../../electron/shared/rules/findings';
import type { AuditItemView } from '../../../../../electron/shared/contract/audits';
import type { AnswerPatch, StoredAnswer } from '../../../../../electron/shared/rules/answers';
import type { EvidenceView } from '../../../../../electron/shared/contract/evidence';
import type { ConformityResult } from '../../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../../i18n/I18nProvider';
import { FindingClassBadge } from '../../actions/FindingClassBadge';
import { EvidenceChips } from '../evidence/EvidenceChips';
import { stampedName, useFileDrop } from '../evidence/useFileDrop';
import { DraftTextarea } from './DraftTextarea';
import { NumericAnswer } from './NumericAnswer';
import { ResultButtons } from './ResultButtons';
import { YesNoButtons } from './YesNoButtons';
import classes from './ChecklistItemRow.module.css';

export type FocusTarget = 'row' | 'note' | 'value' | 'reason';

export interface FocusRequest {
  itemId: string;
  target: FocusTarget;
  seq: number;
}

export interface ItemRowProps {
  item: AuditItemView;
  answer: StoredAnswer | null;
  problem: string | undefined;
  findingNumbers: number[];
  evidence: EvidenceView[];
  readOnly: boolean;
  active: boolean;
  noteOpen: boolean;
  focusRequest: FocusRequest | null;
  onActivate(itemId: string): void;
  onSave(item: AuditItemView, patch: AnswerPatch): void;
  onOpenNote(itemId: string): void;
  onDone(itemId: string): void;
  onCreateFinding(item: AuditItemView): void;
  onAttach(itemId: string, files: File[]): void;
  onOpenEvidence(evidence: EvidenceView): void;
  onRemoveEvidence(evidence: EvidenceView): void;
}

/**
 * Focus requests already carried out. A row scrolled out of the list and back mounts again with the same
 * request: taking the focus again would scroll the list back to the row while the user scrolls away.
 */
const carriedOut = new WeakSet<FocusRequest>();

const onlyNotApplicable: readonly ConformityResult[] = ['khong_ap_dung'];

/** One checklist item: its question, the answer control for its type, the note, evidence and the finding it calls for. */
export const ChecklistItemRow = memo(function ChecklistItemRow(props: ItemRowProps) {
  const { item, answer, problem, findingNumbers, evidence, readOnly, active, noteOpen, focusRequest } = props;
  const { t } = useI18n();
  const rowRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const state = answerState(item.answerType, answer);
  const notApplicable = answer?.conformity === 'khong_ap_dung';
  const proposal = findingClassFor(item.answerType, answer);
  const showNote = noteOpen || Boolean(answer?.note);
  const save = (patch: AnswerPatch) => props.onSave(item, patch);
  const done = () => props.onDone(item.id);

  useEffect(() => {
    if (!focusRequest || focusRequest.itemId !== item.id || carriedOut.has(focusRequest)) return;
    carriedOut.add(focusRequest);
    const targets = { row: rowRef.current, note: noteRef.current, value: numberRef.current ?? textRef.current, reason: reasonRef.current };
    (targets[focusRequest.target] ?? rowRef.current)?.focus();
  }, [focusRequest, item.id]);

  // A row scrolled out of the list is unmounted: the focus it held stays on the list (not on the page), so the
  // keys still act on the active item and an arrow key brings the list back to it. Layout effects are cleaned up
  // while the row is still in the document.
  useLayoutEffect(() => {
    const row = rowRef.current;
    return () => {
      if (row?.contains(document.activeElement)) row.closest<HTMLElement>('[role="list"]')?.focus({ preventScroll: true });
    };
  }, []);

  const drop = useFileDrop(!readOnly, (files) => props.onAttach(item.id, files), stampedName(t('audits.evidence.pastedName', { code: item.code })));
  const dragging = drop.dragging;

  const rowTools = (
    <>
    {!showNote && !readOnly && (
      <ActionIcon
        variant="subtle"
        size={24}
        aria-label={t('audits.checklist.addNote')}
        data-key-hint={`${t('audits.checklist.addNote')} · ${t('audits.checklist.keyHint', { key: 'E' })}`}
        onClick={() => props.onOpenNote(item.id)}
      >
        <IconNote size={16} aria-hidden />
      </ActionIcon>
    )}
    <EvidenceChips
      evidence={evidence}
      readOnly={readOnly}
      attachLabel={t('audits.evidence.attachTo', { code: item.code })}
      iconOnly
      hintShownByList
      onAttach={drop.take}
      onOpen={props.onOpenEvidence}
      onRemove={props.onRemoveEvidence}
    />
    </>
  );

  return (
    <Paper
      ref={rowRef}
      role="listitem"
      tabIndex={active ? 0 : -1}
      aria-label={t('audits.checklist.itemLabel', { code: item.code, question: item.question })}
      aria-current={active ? 'true' : undefined}
      data-item-code={item.code}
      data-state={state}
      withBorder
      radius="md"
      px="sm"
      py={4}
      mb={2}
      onFocus={() => props.onActivate(item.id)}
      {...drop.handlers}
      style={{
        borderColor: dragging ? 'var(--mantine-color-blue-6)' : active ? 'var(--mantine-color-blue-4)' : undefined,
        borderWidth: active || dragging ? 2 : 1,
        background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      <Stack gap={2}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div style={{ minWidth: 0 }}>
            <p className={classes.question}>
              <span className={classes.code}>{item.code}</span>
              {state === 'unanswered' && (
                <Badge size="xs" variant="outline" color="gray" tt="none" mr={8} style={{ verticalAlign: 'text-bottom' }}>
                  {t('audits.checklist.unanswered')}
                </Badge>
              )}
              {item.question}
            </p>
            {item.reference && item.reference !== item.code && (
              <p className={classes.detail}>
                {t('audits.checklist.reference', { reference: item.reference })}
                {item.referenceTitle ? ` · ${item.referenceTitle}` : ''}
              </p>
            )}
            {item.evidenceHint && <p className={classes.detail}>{t('audits.checklist.evidenceHint', { hint: item.evidenceHint })}</p>}
            {item.guidance && <p className={classes.detail}>{item.guidance}</p>}
          </div>
          <Group gap={4} wrap="wrap" justify="flex-end" style={{ flexShrink: 0, maxWidth: '40%' }}>
            {rowTools}
            {findingNumbers.map((number) => (
              <Badge key={number} variant="outline" color="dark" tt="none" leftSection={<IconFlag size={12} aria-hidden />} style={{ flexShrink: 0, overflow: 'visible' }}>
                {t('audits.finding.short', { code: findingCode(number) })}
              </Badge>
            ))}
          </Group>
        </Group>

        {item.answerType === 'conformity' && <ResultButtons value={answer?.conformity ?? null} disabled={readOnly} onChange={(conformity) => save({ conformity })} />}
        {item.answerType === 'numeric' && (
          <Group gap="md" align="flex-start">
            <NumericAnswer item={item} value={answer?.numericValue ?? null} disabled={readOnly || notApplicable} problem={problem} inputRef={numberRef} onCommit={(numericValue) => save({ numericValue })} onDone={done} />
            <ResultButtons value={answer?.conformity ?? null} results={onlyNotApplicable} disabled={readOnly} onChange={(conformity) => save({ conformity })} />
          </Group>
        )}
        {item.answerType === 'yes_no' && (
          <Group gap="md">
            <YesNoButtons value={notApplicable ? null : (answer?.yesNo ?? null)} disabled={readOnly} onChange={(yesNo) => save({ yesNo })} />
            <ResultButtons value={answer?.conformity ?? null} results={onlyNotApplicable} disabled={readOnly} onChange={(conformity) => save({ conformity })} />
          </Group>
        )}
        {item.answerType === 'text' && (
          <Group gap="md" align="flex-start">
            <DraftTextarea
              style={{ flex: 1 }}
              aria-label={t('audits.checklist.textAnswerFor', { code: item.code })}
              placeholder={t('audits.checklist.textAnswer')}
              saved={answer?.textValue ?? ''}
              disabled={readOnly || notApplicable}
              textareaRef={textRef}
              onCommit={(textValue) => save({ textValue })}
              onDone={done}
            />
            <ResultButtons value={answer?.conformity ?? null} results={onlyNotApplicable} disabled={readOnly} onChange={(conformity) => save({ conformity })} />
          </Group>
        )}

        {notApplicable && (
          <DraftTextarea
            label={t('audits.checklist.naReason')}
            description={item.notApplicableHint || undefined}
            withAsterisk
            error={state === 'not_applicable_without_reason' ? t('audits.checklist.naReasonNeeded') : undefined}
            saved={answer?.notApplicableReason ?? ''}
            disabled={readOnly}
            textareaRef={reasonRef}
            onCommit={(notApplicableReason) => save({ notApplicableReason })}
            onDone={done}
          />
        )}
        {problem && item.answerType !== 'numeric' && (
          <Text c="red" size="sm" role="alert">
            <IconAlertCircle size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {problem}
          </Text>
        )}
        {showNote ? (
          <DraftTextarea
            label={t('audits.checklist.note')}
            placeholder={t('audits.checklist.notePlaceholder')}
            saved={answer?.note ?? ''}
            disabled={readOnly}
            textareaRef={noteRef}
            onCommit={(note) => save({ note })}
            onDone={done}
          />
        ) : null}

        {proposal && findingNumbers.length === 0 && (
            <Group justify="flex-end" gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed">
                {t('audits.checklist.proposes')}
              </Text>
              <FindingClassBadge findingClass={proposal} />
              {!readOnly && (
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconFlag size={14} aria-hidden />}
                  data-key-hint={t('audits.checklist.keyHint', { key: 'F' })}
                  onClick={() => props.onCreateFinding(item)}
                >
                  {t('audits.checklist.createFinding')}
                </Button>
              )}
            </Group>
        )}
      </Stack>
    </Paper>
  );
});

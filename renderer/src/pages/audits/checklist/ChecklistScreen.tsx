import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditItemView } from '../../../../../electron/shared/contract/audits';
import type { AnswerPatch } from '../../../../../electron/shared/rules/answers';
import type { EvidenceView } from '../../../../../electron/shared/contract/evidence';
import { EmptyHint } from '../../../components/EmptyHint';
import longList from '../../../components/LongList.module.css';
import { useI18n } from '../../../i18n/I18nProvider';
import type { EvidenceApi } from '../evidence/useEvidence';
import { ChecklistHelp } from './ChecklistHelp';
import { ChecklistItemRow } from './ChecklistItemRow';
import type { FocusRequest, FocusTarget } from './ChecklistItemRow';
import { buildRows, checklistFilters, filteredIds, itemRowFrom, matchesFilter, nextUnansweredRow, sectionProgress } from './checklistRows';
import type { ChecklistFilter } from './checklistRows';
import { ChecklistSettings, ChecklistToolbar } from './ChecklistToolbar';
import { SectionNav } from './SectionNav';
import { checklistKeyHandler } from './useChecklistKeys';
import { useFillHeight } from './useFillHeight';
import { useKeyHint } from './useKeyHint';
import type { ChecklistAnswers } from './useChecklistAnswers';

interface ChecklistScreenProps {
  answers: ChecklistAnswers & { sections: NonNullable<ChecklistAnswers['sections']> };
  findingsByItem: Map<string, number[]>;
  evidence: EvidenceApi;
  readOnly: boolean;
  /** The item to put the keyboard on when the checklist opens; otherwise the first one still to answer. */
  initialItemId: string | null;
  onCreateFinding(item: AuditItemView): void;
  onOpenEvidence(evidence: EvidenceView): void;
  onRemoveEvidence(evidence: EvidenceView): void;
}

/** The checklist, built for speed: one key per result, every change saved at once, long lists virtualised. */
export function ChecklistScreen({ answers, findingsByItem, evidence, readOnly, initialItemId, onCreateFinding, onOpenEvidence, onRemoveEvidence }: ChecklistScreenProps) {
  const { t } = useI18n();
  const { sections, answerOf } = answers;
  const [filter, setFilter] = useState<ChecklistFilter>('all');
  const [visible, setVisible] = useState<Set<string> | null>(null);
  const [activeId, setActiveId] = useState<string | null>(sections[0]?.items[0]?.id ?? null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [openNotes, setOpenNotes] = useState<Set<string>>(new Set());
  const [autoAdvance, setAutoAdvance] = useState(true);
  const [helpOpen, setHelpOpen] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listHeight = useFillHeight(scrollRef, 8);

  const rows = useMemo(() => buildRows(sections, visible), [sections, visible]);
  const allItems = useMemo(() => sections.flatMap((section) => section.items), [sections]);
  const progress = useMemo(() => sectionProgress(sections, answerOf), [sections, answerOf]);
  const counts = useMemo(
    () => Object.fromEntries(checklistFilters.map((f) => [f, allItems.filter((item) => matchesFilter(f, item, answerOf(item.id))).length])) as Record<ChecklistFilter, number>,
    [allItems, answerOf],
  );
  const answered = progress.reduce((sum, section) => sum + section.answered, 0);
  const answeredBySection = useMemo(() => new Map(progress.map((section) => [section.id, section.answered])), [progress]);
  const keyHint = useKeyHint();

  // The virtualizer's functions change with scrolling by design; this component re-renders with them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    // Near the usual heights (a heading, an item with its buttons): rows measured on mounting then move
    // the rest of the list little.
    estimateSize: (index) => (rows[index]?.kind === 'section' ? 44 : 70),
    overscan: 6,
    // Rows render in React's own batch, not synchronously inside each scroll event.
    useFlushSync: false,
    getItemKey: (index) => {
      const row = rows[index]!;
      return row.kind === 'section' ? `s-${row.section.id}` : row.item.id;
    },
  });

  const seq = useRef(0);
  const focusItem = useCallback(
    (itemId: string, target: FocusTarget = 'row') => {
      const index = rows.findIndex((row) => row.kind === 'item' && row.item.id === itemId);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
      setActiveId(itemId);
      setFocusRequest({ itemId, target, seq: ++seq.current });
    },
    [rows, virtualizer],
  );
  const activeRow = rows.findIndex((row) => row.kind === 'item' && row.item.id === activeId);
  const goToRow = (index: number | null) => {
    const row = index === null ? undefined : rows[index];
    if (row?.kind === 'item') focusItem(row.item.id);
  };

  const save = (item: AuditItemView, patch: AnswerPatch, advance = false) => {
    answers.save(item, patch);
    if (advance && autoAdvance) goToRow(itemRowFrom(rows, Math.max(activeRow, 0), 1));
  };
  const openNote = (item: AuditItemView) => {
    setOpenNotes((previous) => new Set(previous).add(item.id));
    focusItem(item.id, 'note');
  };
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  const onKeyDown = checklistKeyHandler({
    readOnly,
    activeItem: () => (activeRow >= 0 ? (rows[activeRow] as { item: AuditItemView }).item : null),
    save,
    move: (direction) => goToRow(itemRowFrom(rows, activeRow < 0 ? (direction === 1 ? -1 : rows.length) : activeRow, direction)),
    moveToEnd: (end) => goToRow(end === 'first' ? itemRowFrom(rows, -1, 1) : itemRowFrom(rows, rows.length, -1)),
    nextUnanswered: () => goToRow(nextUnansweredRow(rows, Math.max(activeRow, 0), answerOf)),
    focus: (item, target) => focusItem(item.id, target),
    openNote,
    attach: (item) => scrollRef.current?.querySelector<HTMLButtonElement>(`[data-item-code="${CSS.escape(item.code)}"] [data-attach]`)?.click(),
    createFinding: onCreateFinding,
    openHelp,
  });
  // The panels beside the list keep their props while it scrolls, so a scroll renders the list alone.
  const chooseFilter = useCallback(
    (next: ChecklistFilter) => {
      setFilter(next);
      setVisible(filteredIds(sections, next, answerOf));
      virtualizer.scrollToOffset(0);
    },
    [sections, answerOf, virtualizer],
  );
  const jumpToSection = useCallback(
    (sectionId: string) => {
      const first = sections.find((section) => section.id === sectionId)?.items.find((item) => !visible || visible.has(item.id));
      if (first) focusItem(first.id);
    },
    [sections, visible, focusItem],
  );

  useEffect(() => {
    if (initialItemId) return focusItem(initialItemId);
    const first = rows.find((row) => row.kind === 'item' && matchesFilter('unanswered', row.item, answerOf(row.item.id)));
    if (first?.kind === 'item') focusItem(first.item.id);
    // Only when the checklist opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onActivate = useCallback((itemId: string) => setActiveId(itemId), []);
  const onDone = useCallback((itemId: string) => focusItem(itemId, 'row'), [focusItem]);
  const onOpenNote = useCallback((itemId: string) => {
    setOpenNotes((previous) => new Set(previous).add(itemId));
    setFocusRequest({ itemId, target: 'note', seq: ++seq.current });
  }, []);
  const onSave = answers.save;
  const onAttach = useCallback((itemId: string, files: File[]) => void evidence.attach({ itemId }, files), [evidence]);

  return (
    <Group align="flex-start" wrap="nowrap" gap="lg">
      <div style={{ flexShrink: 0 }}>
        <ChecklistToolbar filter={filter} counts={counts} answered={answered} total={allItems.length} onFilter={chooseFilter} />
        <SectionNav sections={progress} onJump={jumpToSection} />
        <ChecklistSettings autoAdvance={autoAdvance} status={answers.status} onAutoAdvance={setAutoAdvance} onHelp={openHelp} />
      </div>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        {rows.length === 0 ? (
          <EmptyHint message={t(filter === 'unanswered' ? 'audits.checklist.noneUnanswered' : 'audits.checklist.noneNonconforming')} />
        ) : (
          <Box
            ref={scrollRef}
            role="list"
            aria-label={t('audits.checklist.listLabel')}
            onKeyDown={onKeyDown}
            {...keyHint.handlers}
            data-testid="checklist"
            // Focusable by script only: it keeps the focus of a row scrolled out of it (ChecklistItemRow).
            tabIndex={-1}
            className={`${longList.scroller} ${longList.keepsFocus}`}
            style={{ height: listHeight, paddingRight: 4 }}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((virtual) => {
                const row = rows[virtual.index]!;
                return (
                  <div key={virtual.key} data-index={virtual.index} ref={virtualizer.measureElement} role={row.kind === 'section' ? 'listitem' : undefined} style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${virtual.start}px)` }}>
                    {row.kind === 'section' ? (
                      <SectionHeading code={row.section.code} title={row.section.title} answered={answeredBySection.get(row.section.id) ?? 0} total={row.section.items.length} />
                    ) : (
                      <ChecklistItemRow
                        item={row.item}
                        answer={answerOf(row.item.id)}
                        problem={answers.problems[row.item.id]}
                        findingNumbers={findingsByItem.get(row.item.id) ?? noNumbers}
                        evidence={evidence.byItem.get(row.item.id) ?? noEvidence}
                        readOnly={readOnly}
                        active={row.item.id === activeId}
                        noteOpen={openNotes.has(row.item.id)}
                        focusRequest={focusRequest?.itemId === row.item.id ? focusRequest : null}
                        onActivate={onActivate}
                        onSave={onSave}
                        onOpenNote={onOpenNote}
                        onDone={onDone}
                        onCreateFinding={onCreateFinding}
                        onAttach={onAttach}
                        onOpenEvidence={onOpenEvidence}
                        onRemoveEvidence={onRemoveEvidence}
                      />
                    )}
                  </div>
                );
              })}
            </div>
          </Box>
        )}
      </Stack>
      {keyHint.hint}
      <ChecklistHelp opened={helpOpen} onClose={closeHelp} />
    </Group>
  );
}

const noNumbers: number[] = [];
const noEvidence: EvidenceView[] = [];

const SectionHeading = memo(function SectionHeading({ code, title, answered, total }: { code: string; title: string; answered: number; total: number }) {
  const { t } = useI18n();
  return (
    <Group justify="space-between" pt={6} pb={4} wrap="nowrap">
      <Title order={2} size="h4">
        {code}. {title}
      </Title>
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('audits.answeredOf', { answered, total })}
      </Text>
    </Group>
  );
});

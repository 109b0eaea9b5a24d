import { Alert, Box, Button, Group, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ChecklistSectionView } from '../../../../electron/shared/contract/checklists';
import { EmptyHint } from '../../components/EmptyHint';
import { useI18n } from '../../i18n/I18nProvider';
import { flattenRows, itemKey, itemStep, sectionKey, sectionStep } from './editorRows';
import type { EditorRow, ItemPlacement } from './editorRows';
import { EditorDialogs } from './EditorDialogs';
import type { EditorDialog } from './EditorDialogs';
import { ItemRow } from './ItemRow';
import { SectionRow } from './SectionRow';
import { useEditorCommands } from './useEditorCommands';
import { useRowDrag } from './useRowDrag';
import { useRowFocus } from './useRowFocus';

interface ChecklistEditorProps {
  versionId: string;
  version: number;
  sections: ChecklistSectionView[];
  /** Only a draft is edited; a published version is shown read-only. */
  editable: boolean;
}

/** Sections and items as one virtualised list; reorder with Alt+↑/↓, the move buttons, or by dragging the grip. */
export function ChecklistEditor({ versionId, version, sections, editable }: ChecklistEditorProps) {
  const { t } = useI18n();
  const rows = useMemo(() => flattenRows(sections), [sections]);
  const commands = useEditorCommands();
  const container = useRef<HTMLDivElement | null>(null);
  // The list scrolls with the page, so a long checklist gets the whole window; its rows start this far down.
  const [scrollMargin, setScrollMargin] = useState(0);
  const attachList = useCallback((node: HTMLDivElement | null) => {
    container.current = node;
    if (node) setScrollMargin(node.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    scrollMargin,
    estimateSize: (index) => (rows[index]?.kind === 'section' ? 60 : 118),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
  });
  const focus = useRowFocus(rows, virtualizer, container);
  const [dialog, setDialog] = useState<EditorDialog | null>(null);

  const moveItem = (itemId: string, placement: ItemPlacement) => {
    if (commands.busy) return;
    focus.focusAfterChange(itemKey(itemId));
    void commands.moveItem({ id: itemId, ...placement });
  };
  const moveSection = (sectionId: string, toIndex: number) => {
    if (commands.busy) return;
    focus.focusAfterChange(sectionKey(sectionId));
    void commands.moveSection({ id: sectionId, toIndex });
  };
  const step = (row: EditorRow, direction: -1 | 1) => {
    if (row.kind === 'item') {
      const placement = itemStep(sections, row.sectionIndex, row.index, direction);
      if (placement) moveItem(row.item.id, placement);
    } else {
      const toIndex = sectionStep(sections, row.sectionIndex, direction);
      if (toIndex !== null) moveSection(row.section.id, toIndex);
    }
  };
  const edit = (row: EditorRow) => setDialog(row.kind === 'item' ? { kind: 'item', section: row.section, item: row.item } : { kind: 'section', section: row.section });
  const drag = useRowDrag({ sections, onItemDrop: moveItem, onSectionDrop: moveSection });

  const keyDown = (row: EditorRow, index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const vertical = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (vertical !== 0 && event.altKey) {
      event.preventDefault();
      if (editable) step(row, vertical);
    } else if (vertical !== 0) {
      event.preventDefault();
      focus.focusIndex(index + vertical);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focus.focusIndex(event.key === 'Home' ? 0 : rows.length - 1);
    } else if (event.key === 'Enter' && editable) {
      event.preventDefault();
      edit(row);
    }
  };

  const renderRow = (row: EditorRow, index: number) => {
    const common = { editable, drop: drag.dropSideOf(row), drag: drag.handlersFor(row), onKeyDown: keyDown(row, index) };
    if (row.kind === 'section') {
      return (
        <SectionRow
          {...common}
          section={row.section}
          first={row.sectionIndex === 0}
          last={row.sectionIndex === sections.length - 1}
          onAddItem={() => setDialog({ kind: 'item', section: row.section, item: null })}
          onEdit={() => edit(row)}
          onMove={(direction) => step(row, direction)}
          onDelete={() => setDialog({ kind: 'delete', row })}
        />
      );
    }
    return (
      <ItemRow
        {...common}
        item={row.item}
        first={row.sectionIndex === 0 && row.index === 0}
        last={row.sectionIndex === sections.length - 1 && row.index === row.section.items.length - 1}
        onEdit={() => edit(row)}
        onMove={(direction) => step(row, direction)}
        onToggleRetired={() => void commands.setItemRetired({ id: row.item.id, retired: !row.item.retired })}
        onDelete={() => setDialog({ kind: 'delete', row })}
      />
    );
  };

  return (
    <>
      {editable && (
        <Alert color="indigo" icon={<IconPencil aria-hidden />} mb="sm" p="xs">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm">{t('checklists.draftNotice', { version })}</Text>
              <Text size="xs" c="dimmed">
                {t('checklists.editorHint')}
              </Text>
            </div>
            <Button variant="white" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'section', section: null })} style={{ flex: 'none' }}>
              {t('checklists.section.add')}
            </Button>
          </Group>
        </Alert>
      )}
      {rows.length === 0 ? (
        <EmptyHint
          message={t(editable ? 'checklists.emptyDraft' : 'checklists.emptyVersion')}
          action={editable && <Button onClick={() => setDialog({ kind: 'section', section: null })}>{t('checklists.section.add')}</Button>}
        />
      ) : (
        <Box
          ref={attachList}
          role="list"
          aria-label={t('checklists.editorLabel')}
          data-testid="checklist-editor"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((virtual) => {
              const row = rows[virtual.index];
              return (
                row && (
                  <div key={virtual.key} data-index={virtual.index} ref={virtualizer.measureElement} style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${virtual.start - scrollMargin}px)` }}>
                    {renderRow(row, virtual.index)}
                  </div>
                )
              );
            })}
          </div>
        </Box>
      )}
      <EditorDialogs
        versionId={versionId}
        sections={sections}
        commands={commands}
        dialog={dialog}
        onClose={() => setDialog(null)}
      />
    </>
  );
}

import { useState } from 'react';
import type { DragEvent } from 'react';
import type { ChecklistSectionView } from '../../../../electron/shared/contract/checklists';
import type { DropSide, RowDragHandlers } from './EditorRowFrame';
import { itemDrop, sectionDrop } from './editorRows';
import type { EditorRow, ItemPlacement } from './editorRows';

interface RowDragOptions {
  sections: readonly ChecklistSectionView[];
  onItemDrop(itemId: string, placement: ItemPlacement): void;
  onSectionDrop(sectionId: string, toIndex: number): void;
}

/** Drag by the grip, drop on any row: the upper half of a row drops before it, the lower half after it. */
export function useRowDrag({ sections, onItemDrop, onSectionDrop }: RowDragOptions) {
  const [dragging, setDragging] = useState<EditorRow | null>(null);
  const [over, setOver] = useState<{ key: string; side: DropSide } | null>(null);
  const reset = () => {
    setDragging(null);
    setOver(null);
  };
  const sideOf = (event: DragEvent<HTMLDivElement>): DropSide => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY - box.top > box.height / 2 ? 'after' : 'before';
  };

  const handlersFor = (row: EditorRow): RowDragHandlers => ({
    onGripDragStart(event) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', row.key);
      setDragging(row);
    },
    onDragOver(event) {
      if (!dragging) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const side = sideOf(event);
      if (over?.key !== row.key || over.side !== side) setOver({ key: row.key, side });
    },
    onDrop(event) {
      if (!dragging) return;
      event.preventDefault();
      const after = sideOf(event) === 'after';
      if (dragging.kind === 'item') {
        const placement = itemDrop(dragging.item.id, row, after);
        if (placement) onItemDrop(dragging.item.id, placement);
      } else {
        const toIndex = sectionDrop(sections, dragging.section.id, row, after);
        if (toIndex !== null) onSectionDrop(dragging.section.id, toIndex);
      }
      reset();
    },
    onDragEnd: reset,
  });

  return { handlersFor, dropSideOf: (row: EditorRow) => (dragging && over?.key === row.key ? over.side : null) };
}

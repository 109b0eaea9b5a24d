import { Box } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import type { DragEvent, KeyboardEvent, ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export type DropSide = 'before' | 'after';

export interface RowDragHandlers {
  onGripDragStart(event: DragEvent): void;
  onDragOver(event: DragEvent<HTMLDivElement>): void;
  onDrop(event: DragEvent<HTMLDivElement>): void;
  onDragEnd(): void;
}

/** What every editor row gets from the editor, whatever it shows. */
export interface EditorRowProps {
  first: boolean;
  last: boolean;
  editable: boolean;
  drop: DropSide | null;
  drag: RowDragHandlers;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  onEdit(): void;
  onMove(direction: -1 | 1): void;
  onDelete(): void;
}

interface EditorRowFrameProps {
  rowKey: string;
  label: string;
  editable: boolean;
  drop: DropSide | null;
  section?: boolean;
  muted?: boolean;
  drag: RowDragHandlers;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
  children: ReactNode;
}

const dropLine: Record<DropSide, string> = {
  before: 'inset 0 3px 0 var(--mantine-color-blue-6)',
  after: 'inset 0 -3px 0 var(--mantine-color-blue-6)',
};

/** A focusable row of the editor: the grip drags it, the whole row takes drops, a line shows where it lands. */
export function EditorRowFrame({ rowKey, label, editable, drop, section, muted, drag, onKeyDown, children }: EditorRowFrameProps) {
  const { t } = useI18n();
  return (
    <Box
      role="listitem"
      tabIndex={0}
      aria-label={label}
      data-row-key={rowKey}
      onKeyDown={onKeyDown}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
      display="flex"
      px="sm"
      py={section ? 'sm' : 'xs'}
      bg={section ? 'var(--mantine-color-gray-1)' : muted ? 'var(--mantine-color-gray-0)' : undefined}
      style={{
        gap: 'var(--mantine-spacing-xs)',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
        boxShadow: drop ? dropLine[drop] : undefined,
        alignItems: 'flex-start',
      }}
    >
      {editable && (
        <Box
          draggable
          onDragStart={drag.onGripDragStart}
          onDragEnd={drag.onDragEnd}
          title={t('checklists.dragHint')}
          data-testid="drag-handle"
          c="dimmed"
          pt={4}
          style={{ cursor: 'grab', flex: 'none' }}
        >
          <IconGripVertical size={18} aria-hidden />
        </Box>
      )}
      {children}
    </Box>
  );
}

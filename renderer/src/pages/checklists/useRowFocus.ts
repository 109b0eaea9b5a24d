import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { EditorRow } from './editorRows';

/** Tries for a few frames: a row scrolled into view is rendered by the virtualiser a frame or two later. */
function focusWhenRendered(container: RefObject<HTMLElement | null>, key: string, framesLeft = 10): void {
  const element = container.current?.querySelector<HTMLElement>(`[data-row-key="${key}"]`);
  if (element) element.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenRendered(container, key, framesLeft - 1));
}

/** Keeps keyboard focus on the row the user is working with, also after it moved and the list reloaded. */
export function useRowFocus(rows: EditorRow[], virtualizer: Virtualizer<Window, Element>, container: RefObject<HTMLDivElement | null>) {
  const pending = useRef<{ key: string; before: EditorRow[] } | null>(null);

  const focusKey = (key: string) => {
    const index = rows.findIndex((row) => row.key === key);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusWhenRendered(container, key);
  };

  useEffect(() => {
    const waiting = pending.current;
    if (!waiting || waiting.before === rows) return;
    pending.current = null;
    const index = rows.findIndex((row) => row.key === waiting.key);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusWhenRendered(container, waiting.key);
  }, [rows, virtualizer, container]);

  return {
    /** Focus a row now (moving between rows). */
    focusIndex: (index: number) => {
      const row = rows[Math.min(Math.max(index, 0), rows.length - 1)];
      if (row) focusKey(row.key);
    },
    /** Focus a row once the list has reloaded after a change. */
    focusAfterChange: (key: string) => {
      pending.current = { key, before: rows };
    },
  };
}

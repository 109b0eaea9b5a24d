import { useState } from 'react';
import type { ClipboardEvent, DragEvent } from 'react';
import { filesFrom } from './readFile';

/**
 * Lets files be dropped, or an image pasted, onto an element; `dragging` lights the target up.
 * A pasted screenshot is named by `pastedName`.
 */
export function useFileDrop(enabled: boolean, onFiles: (files: File[]) => void, pastedName: (extension: string) => string) {
  const [dragging, setDragging] = useState(false);
  const take = (files: File[]) => {
    if (enabled && files.length > 0) onFiles(files);
  };
  const handlers = {
    onDragOver: (event: DragEvent) => {
      if (!enabled || !event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      take(filesFrom(event.dataTransfer, pastedName));
    },
    onPaste: (event: ClipboardEvent) => {
      const files = filesFrom(event.clipboardData, pastedName);
      if (files.length === 0) return;
      event.preventDefault();
      take(files);
    },
  };
  return { dragging, handlers, take };
}

/** "<prefix>-2026-11-24-09-30-12.png": a pasted image's name, with when it was pasted. */
export const stampedName = (prefix: string) => (extension: string) => `${prefix}-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${extension}`;

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FocusEvent, PointerEvent, ReactNode } from 'react';

const OPEN_DELAY_MS = 400;

interface ShownHint {
  text: string;
  /** Where the hint's anchor point is: the control's centre, or its right edge near the window's right side. */
  left: number;
  top: number;
  /** How far left of its anchor the hint starts, as a share of its own width. */
  shiftX: '-50%' | '-100%';
}

/**
 * One tooltip for every key hint in the checklist. A control names its shortcut in `data-key-hint`
 * instead of wrapping itself in a Mantine Tooltip: with eight of those a row, each its own floating
 * element with its listeners, a row cost too much to mount while the list scrolls. The list's
 * handlers show the hint of the control under the pointer or with the keyboard, after the same delay,
 * and drop it when the list scrolls.
 */
export function useKeyHint(): {
  hint: ReactNode;
  handlers: {
    onPointerOver(event: PointerEvent): void;
    onPointerLeave(): void;
    onFocus(event: FocusEvent): void;
    onBlur(): void;
    onScroll(): void;
  };
} {
  const [shown, setShown] = useState<ShownHint | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const target = useRef<Element | null>(null);
  const hide = useCallback(() => {
    window.clearTimeout(timer.current);
    target.current = null;
    setShown(null);
  }, []);
  const showFor = useCallback(
    (element: EventTarget) => {
      const control = element instanceof Element ? element.closest<HTMLElement>('[data-key-hint]') : null;
      if (control === target.current) return;
      hide();
      if (!control) return;
      target.current = control;
      timer.current = window.setTimeout(() => {
        const box = control.getBoundingClientRect();
        // A control in the right half has its hint end at its right edge, so a long hint stays inside the window.
        const nearRightSide = box.left + box.width / 2 > window.innerWidth / 2;
        setShown({ text: control.dataset.keyHint ?? '', left: nearRightSide ? box.right : box.left + box.width / 2, top: box.top, shiftX: nearRightSide ? '-100%' : '-50%' });
      }, OPEN_DELAY_MS);
    },
    [hide],
  );
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const hint = shown && (
    <div
      role="tooltip"
      style={{
        position: 'fixed',
        left: shown.left,
        top: shown.top - 6,
        transform: `translate(${shown.shiftX}, -100%)`,
        pointerEvents: 'none',
        zIndex: 300,
        background: 'var(--mantine-color-gray-9)',
        color: 'var(--mantine-color-white)',
        fontSize: 'var(--mantine-font-size-sm)',
        borderRadius: 'var(--mantine-radius-sm)',
        padding: 'calc(0.3125rem) calc(0.625rem)',
        whiteSpace: 'nowrap',
      }}
    >
      {shown.text}
    </div>
  );
  return {
    hint,
    handlers: {
      onPointerOver: (event) => showFor(event.target),
      onPointerLeave: hide,
      onFocus: (event) => showFor(event.target),
      onBlur: hide,
      onScroll: hide,
    },
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';

interface Draft {
  text: string;
  /** Typed but not yet handed to `commit`. */
  dirty: boolean;
}

/**
 * A text field that saves itself: the typed text shows at once and is sent after a short pause,
 * on blur, and when the field goes away, so a note is never left behind unsent.
 */
export function useDraftText(saved: string, commit: (text: string) => void, pauseMs = 500) {
  const [draft, setDraft] = useState<Draft>({ text: saved, dirty: false });
  const [lastSaved, setLastSaved] = useState(saved);
  if (saved !== lastSaved) {
    // A value committed elsewhere (a refusal restoring the old value, another field) replaces an idle draft.
    setLastSaved(saved);
    if (!draft.dirty) setDraft({ text: saved, dirty: false });
  }
  const latest = useRef({ draft, commit });
  useEffect(() => {
    latest.current = { draft, commit };
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const { draft: current, commit: send } = latest.current;
    if (!current.dirty) return;
    latest.current = { ...latest.current, draft: { text: current.text, dirty: false } };
    setDraft((shown) => (shown.text === current.text ? { text: shown.text, dirty: false } : shown));
    send(current.text);
  }, []);
  useEffect(() => flush, [flush]);

  const change = useCallback(
    (text: string) => {
      setDraft({ text, dirty: true });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, pauseMs);
    },
    [flush, pauseMs],
  );
  return { text: draft.text, change, flush };
}

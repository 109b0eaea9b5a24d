import { Textarea } from '@mantine/core';
import type { TextareaProps } from '@mantine/core';
import { useDraftText } from './useDraftText';

interface DraftTextareaProps extends Omit<TextareaProps, 'value' | 'onChange' | 'onBlur'> {
  saved: string;
  onCommit(text: string): void;
  /** Esc (or Ctrl+Enter) hands the keyboard back to the checklist. */
  onDone(): void;
  textareaRef?: React.Ref<HTMLTextAreaElement>;
}

/** A note, a reason or a written answer, saved by itself as it is typed. */
export function DraftTextarea({ saved, onCommit, onDone, textareaRef, ...props }: DraftTextareaProps) {
  const draft = useDraftText(saved, onCommit);
  return (
    <Textarea
      ref={textareaRef}
      autosize
      minRows={1}
      maxRows={8}
      {...props}
      value={draft.text}
      onChange={(event) => draft.change(event.currentTarget.value)}
      onBlur={draft.flush}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          event.stopPropagation();
          draft.flush();
          onDone();
        }
      }}
    />
  );
}

import type { KeyboardEvent } from 'react';
import { conformityResults } from '../../../../../electron/shared/contract/vocabulary';
import type { AuditItemView } from '../../../../../electron/shared/contract/audits';
import type { AnswerPatch } from '../../../../../electron/shared/rules/answers';
import type { FocusTarget } from './ChecklistItemRow';

export interface ChecklistKeyActions {
  activeItem(): AuditItemView | null;
  save(item: AuditItemView, patch: AnswerPatch, advance: boolean): void;
  move(direction: 1 | -1): void;
  moveToEnd(end: 'first' | 'last'): void;
  nextUnanswered(): void;
  focus(item: AuditItemView, target: FocusTarget): void;
  openNote(item: AuditItemView): void;
  /** Opens the file dialog, within the key event so the browser lets it open. */
  attach(item: AuditItemView): void;
  createFinding(item: AuditItemView): void;
  openHelp(): void;
  readOnly: boolean;
}

const editable = (target: EventTarget) => target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/** What one key means for the current item; null when the key is not the checklist's. */
function answerForKey(item: AuditItemView, key: string): { patch: AnswerPatch; advance: boolean } | 'value' | null {
  if (key === 'x' || key === 'X') return { patch: { conformity: 'khong_ap_dung' }, advance: false };
  if (!/^[0-9]$/.test(key)) return null;
  switch (item.answerType) {
    case 'conformity': {
      const result = conformityResults[Number(key) - 1];
      return result ? { patch: { conformity: result }, advance: result === 'phu_hop' } : null;
    }
    case 'yes_no':
      if (key === '1') return { patch: { yesNo: true }, advance: true };
      if (key === '2') return { patch: { yesNo: false }, advance: false };
      return key === '6' ? { patch: { conformity: 'khong_ap_dung' }, advance: false } : null;
    case 'numeric':
      return 'value';
    case 'text':
      return key === '6' ? { patch: { conformity: 'khong_ap_dung' }, advance: false } : null;
  }
}

/** The checklist's keyboard: 1–6 results, N next unanswered, E note, F finding, A attach, arrows, Enter, ?. */
export function checklistKeyHandler(actions: ChecklistKeyActions) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
    if (editable(event.target)) return;
    const item = actions.activeItem();
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        return actions.move(1);
      case 'ArrowUp':
        handled();
        return actions.move(-1);
      case 'Home':
        handled();
        return actions.moveToEnd('first');
      case 'End':
        handled();
        return actions.moveToEnd('last');
      case '?':
        handled();
        return actions.openHelp();
      case 'n':
      case 'N':
        handled();
        return actions.nextUnanswered();
    }
    if (!item) return;
    const onRow = event.target instanceof HTMLElement && event.target.getAttribute('role') === 'listitem';
    if (event.key === 'Enter' && onRow && (item.answerType === 'numeric' || item.answerType === 'text')) {
      handled();
      return actions.focus(item, 'value');
    }
    if (actions.readOnly) return;
    switch (event.key) {
      case 'e':
      case 'E':
        handled();
        return actions.openNote(item);
      case 'f':
      case 'F':
        handled();
        return actions.createFinding(item);
      case 'a':
      case 'A':
        handled();
        return actions.attach(item);
    }
    const answer = answerForKey(item, event.key);
    if (answer === 'value') {
      // The digit itself lands in the value field, which takes the focus before the character is typed.
      actions.focus(item, 'value');
      return;
    }
    if (!answer) return;
    handled();
    actions.save(item, answer.patch, answer.advance);
    if (answer.patch.conformity === 'khong_ap_dung') actions.focus(item, 'reason');
  };
}

import type { ChecklistItemView, ChecklistSectionView } from '../../../../electron/shared/contract/checklists';

/** The editor shows one flat list: each section's header row, then its items. */
export type EditorRow =
  | { kind: 'section'; key: string; section: ChecklistSectionView; sectionIndex: number }
  | { kind: 'item'; key: string; item: ChecklistItemView; section: ChecklistSectionView; sectionIndex: number; index: number };

export const sectionKey = (id: string) => `section:${id}`;
export const itemKey = (id: string) => `item:${id}`;

export function flattenRows(sections: readonly ChecklistSectionView[]): EditorRow[] {
  return sections.flatMap((section, sectionIndex): EditorRow[] => [
    { kind: 'section', key: sectionKey(section.id), section, sectionIndex },
    ...section.items.map((item, index): EditorRow => ({ kind: 'item', key: itemKey(item.id), item, section, sectionIndex, index })),
  ]);
}

/** Where an item goes: a section and its index there once moved. */
export interface ItemPlacement {
  sectionId: string;
  toIndex: number;
}

/** Alt+↑/↓: one step within the section, or over the edge into the end (↑) or start (↓) of the neighbouring section. */
export function itemStep(sections: readonly ChecklistSectionView[], sectionIndex: number, index: number, direction: -1 | 1): ItemPlacement | null {
  const section = sections[sectionIndex];
  if (!section) return null;
  const target = index + direction;
  if (target >= 0 && target < section.items.length) return { sectionId: section.id, toIndex: target };
  const neighbour = sections[sectionIndex + direction];
  if (!neighbour) return null;
  return { sectionId: neighbour.id, toIndex: direction < 0 ? neighbour.items.length : 0 };
}

export function sectionStep(sections: readonly ChecklistSectionView[], sectionIndex: number, direction: -1 | 1): number | null {
  const target = sectionIndex + direction;
  return target >= 0 && target < sections.length ? target : null;
}

/** A dragged item dropped on a row: before or after an item, or first in a section when dropped on its header. */
export function itemDrop(itemId: string, target: EditorRow, after: boolean): ItemPlacement | null {
  if (target.kind === 'section') return { sectionId: target.section.id, toIndex: 0 };
  if (target.item.id === itemId) return null;
  const rest = target.section.items.filter((item) => item.id !== itemId);
  const at = rest.findIndex((item) => item.id === target.item.id);
  return { sectionId: target.section.id, toIndex: after ? at + 1 : at };
}

/** A dragged section dropped on a row of another section: before or after that section. */
export function sectionDrop(sections: readonly ChecklistSectionView[], sectionId: string, target: EditorRow, after: boolean): number | null {
  if (target.section.id === sectionId) return null;
  const rest = sections.filter((section) => section.id !== sectionId);
  const at = rest.findIndex((section) => section.id === target.section.id);
  // On an item row, the section goes after the one the item belongs to when it comes from above.
  const below = target.kind === 'section' ? after : sections.findIndex((s) => s.id === sectionId) < target.sectionIndex;
  return below ? at + 1 : at;
}

import { describe, expect, it } from 'vitest';
import type { ChecklistItemView, ChecklistSectionView } from '../../electron/shared/contract/checklists';
import { flattenRows, itemDrop, itemStep, sectionDrop, sectionStep } from '../../renderer/src/pages/checklists/editorRows';
import type { EditorRow } from '../../renderer/src/pages/checklists/editorRows';

const item = (id: string, sectionId: string): ChecklistItemView => ({
  id, sectionId, code: id, reference: '', referenceTitle: '', question: `${id}?`, guidance: '', evidenceHint: '', answerType: 'yes_no',
  numericUnit: null, comparator: null, threshold: null, points: null, evidenceRequired: false, usuallyNotApplicable: false, notApplicableHint: '', retired: false, sortOrder: 0,
});
const section = (id: string, itemIds: string[]): ChecklistSectionView => ({ id, code: id, title: id, sortOrder: 0, items: itemIds.map((i) => item(i, id)) });
const sections = [section('A', ['a1', 'a2', 'a3']), section('B', []), section('C', ['c1'])];
const rows = flattenRows(sections);
const row = (key: string) => rows.find((r) => r.key === key) as EditorRow;

describe('checklist editor moves', () => {
  it('flattens sections and items into one list of rows', () => {
    expect(rows.map((r) => r.key)).toEqual(['section:A', 'item:a1', 'item:a2', 'item:a3', 'section:B', 'section:C', 'item:c1']);
  });

  it('Alt+↑/↓ steps within a section and over its edge into the neighbouring one, empty sections included', () => {
    expect(itemStep(sections, 0, 1, -1)).toEqual({ sectionId: 'A', toIndex: 0 });
    expect(itemStep(sections, 0, 1, 1)).toEqual({ sectionId: 'A', toIndex: 2 });
    expect(itemStep(sections, 0, 2, 1)).toEqual({ sectionId: 'B', toIndex: 0 });
    expect(itemStep(sections, 2, 0, -1)).toEqual({ sectionId: 'B', toIndex: 0 });
    expect(itemStep(sections, 0, 0, -1)).toBeNull();
    expect(itemStep(sections, 2, 0, 1)).toBeNull();
    expect(sectionStep(sections, 0, -1)).toBeNull();
    expect(sectionStep(sections, 1, 1)).toBe(2);
  });

  it('drops an item before or after the row under the pointer, or first in a section on its header', () => {
    expect(itemDrop('a3', row('item:a1'), false)).toEqual({ sectionId: 'A', toIndex: 0 });
    expect(itemDrop('a1', row('item:a2'), true)).toEqual({ sectionId: 'A', toIndex: 1 });
    expect(itemDrop('a1', row('item:a3'), true)).toEqual({ sectionId: 'A', toIndex: 2 });
    expect(itemDrop('a2', row('item:c1'), true)).toEqual({ sectionId: 'C', toIndex: 1 });
    expect(itemDrop('a2', row('section:B'), false)).toEqual({ sectionId: 'B', toIndex: 0 });
    expect(itemDrop('a2', row('item:a2'), true)).toBeNull();
  });

  it('drops a section before or after another section', () => {
    expect(sectionDrop(sections, 'C', row('section:A'), false)).toBe(0);
    expect(sectionDrop(sections, 'A', row('section:C'), true)).toBe(2);
    expect(sectionDrop(sections, 'A', row('item:c1'), false)).toBe(2);
    expect(sectionDrop(sections, 'C', row('item:a2'), true)).toBe(0);
    expect(sectionDrop(sections, 'A', row('item:a1'), true)).toBeNull();
  });
});

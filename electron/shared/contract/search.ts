import * as z from 'zod';
import { query } from './define';
import { requiredText } from './fields';
import { fieldMessage } from '../i18n/fieldMessages';

/** What the search across everything finds, in the order its groups are shown. */
export const searchKinds = ['unit', 'person', 'audit', 'finding', 'action', 'checklist_item'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** The page a hit opens: the renderer turns it into an address. */
export type SearchPlace =
  | { page: 'unit'; unitId: string; name: string }
  | { page: 'person'; personId: string; name: string }
  | { page: 'audit'; auditId: string; tab: 'checklist' | 'findings' | 'actions' }
  | { page: 'checklist'; templateId: string; versionId: string };

export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** The line the user recognises the record by: a name, a title, a finding's or action's text. */
  title: string;
  /** Where it belongs: a person's unit, an audit's unit and date, a finding's audit, an item's checklist. */
  detail: string;
  place: SearchPlace;
}

export interface SearchGroup {
  kind: SearchKind;
  /** How many records of this kind match; `hits` holds the first of them. */
  total: number;
  hits: SearchHit[];
}

export interface SearchResults {
  /** Only the kinds with a match, in the order of searchKinds. */
  groups: SearchGroup[];
}

export const searchMethods = {
  'search.everything': query<SearchResults>()(
    z
      .object({
        text: requiredText('fieldLabels.search', 100),
        perKind: z.number({ error: () => fieldMessage('contractRules.perGroupNumber') }).int().min(1).max(50).default(5),
      })
      .strict(),
    'Tìm trong đơn vị, cán bộ, cuộc kiểm tra, phát hiện, hành động khắc phục và câu hỏi kiểm tra (có dấu hay không dấu)',
  ),
};

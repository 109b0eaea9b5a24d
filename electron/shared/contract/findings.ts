import * as z from 'zod';
import { command, query, task } from './define';
import { id, optionalText, requiredText } from './fields';
import { patchInput } from './patch';
import { findingClasses } from './vocabulary';
import type { FindingClass } from './vocabulary';
import { fieldMessage } from '../i18n/fieldMessages';

export interface FindingView {
  id: string;
  auditId: string;
  number: number;
  findingClass: FindingClass;
  itemId: string | null;
  itemCode: string | null;
  reference: string;
  description: string;
  requirement: string;
  evidenceText: string;
  requiresAction: boolean;
  status: 'open' | 'closed';
  evidenceCount: number;
  actionCount: number;
  createdAt: string;
}

export const findingFields = z.object({
  findingClass: z.enum(findingClasses, { error: () => fieldMessage('contractRules.chooseFindingClass') }),
  reference: optionalText('fieldLabels.clause', 100).default(''),
  description: requiredText('fieldLabels.findingDescription', 4000, 'multi'),
  requirement: optionalText('fieldLabels.requirements', 4000, 'multi').default(''),
  evidenceText: optionalText('fieldLabels.evidence', 4000, 'multi').default(''),
  requiresAction: z.boolean({ error: () => fieldMessage('contractRules.requiresActionFlag') }),
});
export type FindingFields = z.output<typeof findingFields>;

export interface FindingDraft extends FindingFields {
  itemId: string | null;
}

export const createFindingInput = findingFields.extend({ auditId: id, itemId: id.nullable().default(null) }).strict();

export const findingsMethods = {
  'findings.recordSuggested': command<FindingView[]>()(
    z.object({ auditId: id }).strict(),
    'Ghi tất cả phát hiện đề xuất: một phát hiện cho mỗi kết quả cần phát hiện mà chưa có, trong một lần',
  ),
  'findings.list': query<FindingView[]>()(z.object({ auditId: id }).strict(), 'Các phát hiện của cuộc kiểm tra, theo số thứ tự'),
  'findings.create': command<FindingView>()(createFindingInput, 'Ghi một phát hiện'),
  'findings.update': command<FindingView>()(
    patchInput(findingFields, { id }),
    'Sửa một phát hiện',
  ),
  'findings.remove': task<{ removedNumber: number }>()(z.object({ id }).strict(), 'Xóa một phát hiện chưa có hành động khắc phục; các phát hiện sau được đánh số lại'),
};

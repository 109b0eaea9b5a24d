import * as z from 'zod';
import { command, query } from './define';
import { id, requiredText } from './fields';
import { patchInput } from './patch';
import { fieldMessage } from '../i18n/fieldMessages';

/** The kinds of document a legal basis can be printed on. */
export const legalBasisDocumentKinds = ['cchc_minutes', 'iso_minutes', 'plan', 'report'] as const;
export type LegalBasisDocumentKind = (typeof legalBasisDocumentKinds)[number];

/**
 * Placeholders a basis may use, filled at print time from Cài đặt → Thông tin cơ quan and the
 * document's year, so no ward's name or year is ever frozen into the wording.
 */
export const legalBasisPlaceholders = ['{cơ quan}', '{đơn vị hành chính}', '{địa danh}', '{năm}'] as const;

export interface LegalBasisView {
  id: string;
  text: string;
  documentKinds: LegalBasisDocumentKind[];
  sortOrder: number;
  retired: boolean;
}

const placeholderPattern = /\{[^{}]*\}/g;

export const legalBasisText = requiredText('fieldLabels.legalBasisText', 500).superRefine((text, ctx) => {
  const unknown = (text.match(placeholderPattern) ?? []).filter((found) => !(legalBasisPlaceholders as readonly string[]).includes(found));
  if (unknown.length > 0) {
    ctx.addIssue({ code: 'custom', message: `Không có chỗ điền ${unknown.join(', ')}; chỉ dùng ${legalBasisPlaceholders.join(', ')}` });
  }
  if (/[{}]/.test(text.replace(placeholderPattern, ''))) ctx.addIssue({ code: 'custom', message: 'Dấu { } chỉ dùng để bao chỗ điền' });
});

const documentKinds = z
  .array(z.enum(legalBasisDocumentKinds, { error: () => fieldMessage('contractRules.documentKindInvalid') }))
  .refine((kinds) => new Set(kinds).size === kinds.length, { error: () => fieldMessage('contractRules.documentKindOnce') });

export const legalBasisFields = z.object({ text: legalBasisText, documentKinds });

export const legalBasesMethods = {
  'legalBases.list': query<LegalBasisView[]>()(
    z.object({ includeRetired: z.boolean().default(false) }).strict(),
    'Các căn cứ pháp lý, theo thứ tự in',
  ),
  'legalBases.create': command<LegalBasisView>()(legalBasisFields.strict(), 'Thêm căn cứ pháp lý (in cuối danh sách)'),
  'legalBases.update': command<LegalBasisView>()(
    patchInput(legalBasisFields, { id }),
    'Sửa căn cứ pháp lý',
  ),
  'legalBases.reorder': command<LegalBasisView[]>()(
    z
      .object({ ids: z.array(id).min(1, { error: () => fieldMessage('contractRules.legalBasesOrderNeeded') }) })
      .strict()
      .refine((input) => new Set(input.ids).size === input.ids.length, { error: () => fieldMessage('contractRules.legalBasisTwice'), path: ['ids'] }),
    'Sắp xếp lại thứ tự in các căn cứ đang dùng',
  ),
  'legalBases.setRetired': command<LegalBasisView>()(
    z.object({ id, retired: z.boolean({ error: () => fieldMessage('contractRules.stateFlag') }) }).strict(),
    'Ngừng dùng hoặc dùng lại một căn cứ',
  ),
  'legalBases.render': query<string[]>()(
    z
      .object({
        documentKind: z.enum(legalBasisDocumentKinds, { error: () => fieldMessage('contractRules.documentKindInvalid') }),
        year: z.number({ error: () => fieldMessage('contractRules.yearNumber') }).int().min(2000).max(2100),
      })
      .strict(),
    'Các dòng căn cứ của một loại văn bản trong một năm, đã điền tên cơ quan và năm',
  ),
};

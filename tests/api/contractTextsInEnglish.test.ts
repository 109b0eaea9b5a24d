import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemFields } from '../../electron/shared/contract/checklists';
import type { ApiError } from '../../electron/shared/contract';
import { localizeFieldMessage } from '../../electron/shared/i18n/fieldMessages';
import { loadLanguage } from '../../electron/shared/i18n/catalog';
import { localizeError } from '../../electron/shared/i18n/localizeError';
import { isVietnamese } from '../support/vietnameseLiterals';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

/**
 * The contract's own checks (a refinement, an enum) and a shared domain rule, refused through the API
 * and in a form: English mode reads them in English, with no Vietnamese left; Vietnamese mode as before.
 */
let backend: TestBackend;
beforeAll(async () => {
  await loadLanguage('en');
  backend = await startTestBackend();
});
afterAll(() => backend?.close());

async function refusal(method: string, input: unknown): Promise<ApiError> {
  const result = await backend.dispatch(method, input);
  if (result.ok) throw new Error(`${method} was accepted`);
  return result.error;
}

/** Each issue's path and text, and the whole message, as a user of the language reads them. */
const asRead = (error: ApiError, language: 'vi' | 'en') => {
  const read = localizeError(error, language);
  return { message: read.message, issues: read.issues?.map((issue) => `${issue.path}: ${issue.message}`) };
};

const someId = '0b1e9a52-4f7e-4b8e-9a55-3d2f6c1a7e10';

describe('contract and rule texts in the user language', () => {
  it('a refinement: a legal basis twice in the new order', async () => {
    const error = await refusal('legalBases.reorder', { ids: [someId, someId] });
    expect(error.code).toBe('VALIDATION');
    expect(asRead(error, 'vi').issues).toEqual(['ids: Một căn cứ xuất hiện hai lần']);
    const english = asRead(error, 'en');
    expect(english.issues).toEqual(['ids: A legal basis appears twice']);
    expect(isVietnamese(english.message), english.message).toBe(false);
    expect(english.message).toContain('A legal basis appears twice');
  });

  it('an enum: an unknown status filter on the action board', async () => {
    const error = await refusal('actions.board', { status: 'bogus' });
    expect(asRead(error, 'vi').issues).toEqual(['status: Trạng thái lọc không hợp lệ']);
    const english = asRead(error, 'en');
    expect(english.issues).toEqual(['status: Invalid status filter']);
    expect(isVietnamese(english.message), english.message).toBe(false);
  });

  it('a shared rule: an indicator question without its comparison and threshold', async () => {
    const item = { sectionId: someId, code: '1.1', question: 'Tỷ lệ hồ sơ đúng hạn', answerType: 'numeric' };
    const error = await refusal('checklists.addItem', item);
    expect(asRead(error, 'vi').issues).toEqual(['comparator: Chỉ tiêu số liệu cần phép so sánh', 'threshold: Chỉ tiêu số liệu cần ngưỡng']);
    const english = asRead(error, 'en');
    expect(english.issues).toEqual(['comparator: An indicator needs a comparison', 'threshold: An indicator needs a threshold']);
    expect(isVietnamese(english.message), english.message).toBe(false);
  });

  it('the same rules in a form, as useContractForm shows them', () => {
    const parsed = itemFields.safeParse({ code: '1.1', question: 'Câu hỏi', answerType: 'bogus', points: -1, comparator: '>=', threshold: 5 });
    const messages = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    expect(messages.map((message) => localizeFieldMessage(message, 'vi'))).toEqual([
      'Kiểu trả lời phải là thang phù hợp, số liệu, có/không hoặc văn bản',
      'Điểm không được âm',
    ]);
    const english = messages.map((message) => localizeFieldMessage(message, 'en'));
    expect(english).toEqual(['The answer type must be the conformity scale, a figure, yes/no or text', 'The points must not be negative']);
    for (const message of english) expect(isVietnamese(message), message).toBe(false);
  });
});

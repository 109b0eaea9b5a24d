import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../electron/shared/contract';
import { localizeError } from '../../electron/shared/i18n/localizeError';
import { createApiClient } from '../../renderer/src/api/createApiClient';
import { loadLanguage } from '../../electron/shared/i18n/catalog';
import type { Language } from '../../electron/shared/i18n/catalog';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
beforeAll(() => loadLanguage('en'));
afterEach(() => backend?.close());

const refusal = (result: ApiResult<unknown>) => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('refusals carry a catalog key and are read in the user language', () => {
  it('keeps the Vietnamese message and names its key and parameters', async () => {
    backend = await startTestBackend();
    const created = await backend.call('units.create', { code: 'TYT', name: 'Trạm Y tế', category: 'don_vi_su_nghiep' });
    const error = refusal(await backend.dispatch('units.create', { code: 'TYT', name: 'Trạm Y tế 2', category: 'don_vi_su_nghiep' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Mã đơn vị "TYT" đã được dùng cho đơn vị khác.');
    expect(error.text).toEqual({ key: 'errors.unit.codeTaken', params: { code: 'TYT' } });
    expect(error.issues).toEqual([{ path: 'code', message: error.message, text: error.text }]);
    expect(created.code).toBe('TYT');
  });

  it('renders the same refusal in English, its issues too, and in Vietnamese by default', async () => {
    backend = await startTestBackend();
    await backend.call('units.create', { code: 'TYT', name: 'Trạm Y tế', category: 'don_vi_su_nghiep' });
    let language: Language = 'en';
    const client = createApiClient({ invoke: (method, input) => backend.dispatch(method, input) }, { language: () => language });
    const english = refusal(await client.call('units.create', { code: 'TYT', name: 'Trạm Y tế 2', category: 'don_vi_su_nghiep' }));
    expect(english.message).toBe('The unit code "TYT" is already used by another unit.');
    expect(english.issues?.[0]?.message).toBe(english.message);
    language = 'vi';
    const vietnamese = refusal(await client.call('units.create', { code: 'TYT', name: 'Trạm Y tế 2', category: 'don_vi_su_nghiep' }));
    expect(vietnamese.message).toBe('Mã đơn vị "TYT" đã được dùng cho đơn vị khác.');
  });

  it('renders a vocabulary word given as a parameter in the same language', async () => {
    backend = await startTestBackend();
    const error = refusal(await backend.dispatch('units.get', { id: '00000000-0000-4000-8000-000000000000' }));
    expect(error.message).toBe('Không tìm thấy đơn vị.');
    expect(localizeError(error, 'en').message).toBe('Not found: the unit.');
  });

  it('keeps text without a key as it was sent', () => {
    const error = { code: 'VALIDATION' as const, message: 'Câu 1.2: chưa trả lời', text: { key: 'no.such.key', params: {} } } as never;
    expect(localizeError(error, 'en')).toEqual(error);
  });
});

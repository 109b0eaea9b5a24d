import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../electron/shared/contract';
import { localizeError } from '../../electron/shared/i18n/localizeError';
import { createApiClient } from '../../renderer/src/api/createApiClient';
import { loadLanguage } from '../../electron/shared/i18n/catalog';
import type { Language } from '../../electron/shared/i18n/catalog';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { isVietnamese } from '../support/vietnameseLiterals';
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

  it('renders the closing rule reasons inside a refusal in English too, with no Vietnamese left', async () => {
    let clock = new Date('2026-11-20T03:00:00Z'); // 20/11/2026 10:00 in Hà Nội, before the audit's last day
    backend = await startTestBackend({ now: () => clock });
    const ahead = insertMinutesAudit(backend.store, { kind: 'CCHC', status: 'in_progress', items: 3, findings: 0 });
    const client = createApiClient({ invoke: (method, input) => backend.dispatch(method, input) }, { language: () => 'en' });
    const early = refusal(await client.call('audits.close', { id: ahead.auditId, endedTime: '09:00' }));
    expect(early.message).toBe(
      'The inspection cannot be closed yet: the inspection ends on 25/11/2026, after today (20/11/2026); it cannot be closed before that day. If the inspection finished earlier, correct its end date.',
    );
    clock = new Date('2026-11-25T03:00:00Z'); // the audit's last day, 10:00 in Hà Nội
    const late = refusal(await client.call('audits.close', { id: ahead.auditId, endedTime: '23:00' }));
    expect(late.message).toBe('The inspection cannot be closed yet: the end time 23:00 is later than the current time (10:00).');
    expect(late.issues?.[0]?.message).toBe('The end time 23:00 is later than the current time (10:00).');
    for (const error of [early, late]) {
      expect(isVietnamese(error.message), error.message).toBe(false);
      for (const issue of error.issues ?? []) expect(isVietnamese(issue.message), issue.message).toBe(false);
    }
  });

  it('renders field validation messages of the contract in the user language, the same bad input in both', async () => {
    backend = await startTestBackend();
    let language: Language = 'vi';
    const client = createApiClient({ invoke: (method, input) => backend.dispatch(method, input) }, { language: () => language });
    const bad = { code: 'TYT', name: '   ', category: 'don_vi_su_nghiep' } as const;
    const vietnamese = refusal(await client.call('units.create', bad));
    expect(vietnamese.issues).toEqual([{ path: 'name', message: 'Tên đơn vị không được để trống', text: { key: 'fields.empty', params: { label: { key: 'fieldLabels.unitName' } } } }]);
    expect(vietnamese.message).toBe('Dữ liệu không hợp lệ: name: Tên đơn vị không được để trống');
    language = 'en';
    const english = refusal(await client.call('units.create', bad));
    expect(english.issues?.[0]?.message).toBe('Unit name must not be empty');
    expect(english.message).toBe('Invalid data: name: Unit name must not be empty');
    const badDate = refusal(await client.call('holidays.create', { date: '2026-02-30', name: 'Tết' }));
    expect(badDate.issues?.[0]?.message).toBe('Holiday date is not a real date');
    expect(isVietnamese(badDate.message)).toBe(false);
  });
});

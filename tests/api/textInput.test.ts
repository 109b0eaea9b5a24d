import { afterEach, describe, expect, it } from 'vitest';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==';

describe('text that comes in through the API', () => {
  it('refuses an evidence file name with a lone surrogate, which could not be stored as UTF-8, and stores nothing', async () => {
    backend = await startTestBackend();
    const { auditId, version } = await startSampleAudit(backend);
    const itemId = version.items['A.1']!;
    for (const fileName of ['\ud800.png', 'ảnh\udc00.png', 'ảnh\ud83d.png']) {
      const result = await backend.dispatch('evidence.upload', { auditId, itemId, fileName, mimeType: 'image/png', base64: PNG });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'fileName', message: 'Tên tệp chứa ký tự Unicode hỏng (nửa cặp surrogate lẻ)' }] } });
    }
    expect(await backend.call('evidence.list', { auditId })).toEqual([]);
    const paired = await backend.call('evidence.upload', { auditId, itemId, fileName: 'ảnh 📷.png', mimeType: 'image/png', base64: PNG });
    expect(paired.fileName).toBe('ảnh 📷.png');
  });

  it('refuses NUL and control characters, bidi overrides and line breaks in one-line fields, with the field named, and changes nothing', async () => {
    backend = await startTestBackend();
    const before = await backend.call('units.list', { includeInactive: true });
    const cases: [string, string][] = [
      ['Phòng\u0000Tư pháp', 'Tên đơn vị chứa ký tự điều khiển không được phép'],
      ['Phòng\u001bTư pháp', 'Tên đơn vị chứa ký tự điều khiển không được phép'],
      ['Phòng\u0085Tư pháp', 'Tên đơn vị chứa ký tự điều khiển không được phép'],
      ['Phòng\u202eTư pháp', 'Tên đơn vị chứa ký tự đảo chiều văn bản (U+202A–U+202E, U+2066–U+2069), không được phép'],
      ['Phòng\u2066Tư pháp\u2069', 'Tên đơn vị chứa ký tự đảo chiều văn bản (U+202A–U+202E, U+2066–U+2069), không được phép'],
      ['Phòng\nTư pháp', 'Tên đơn vị chỉ được viết trên một dòng, không có dấu xuống dòng hay tab'],
      ['Phòng\tTư pháp', 'Tên đơn vị chỉ được viết trên một dòng, không có dấu xuống dòng hay tab'],
    ];
    for (const [name, message] of cases) {
      const result = await backend.dispatch('units.create', { code: 'TP', name, category: 'khac' });
      expect(result, JSON.stringify(name)).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'name', message }] } });
    }
    expect(await backend.call('units.list', { includeInactive: true })).toEqual(before);
  });

  it('keeps line breaks and tabs in multi-line text, and stores every text in NFC', async () => {
    backend = await startTestBackend();
    const { auditId } = await startSampleAudit(backend);
    const description = 'Hồ sơ chưa lưu đủ:\n\t- phiếu kiểm soát;\r\n\t- sổ theo dõi.';
    const finding = await backend.call('findings.create', { auditId, findingClass: 'kph_nhe', description: description.normalize('NFD'), requiresAction: true });
    expect(finding.description).toBe(description.normalize('NFC'));
    const refused = await backend.dispatch('findings.update', { id: finding.id, reference: '8.5\n.1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reference' }] } });
  });

  it('checks text inside lists too, such as the plan wording', async () => {
    backend = await startTestBackend();
    const before = await backend.call('settings.get', {});
    const result = await backend.dispatch('settings.update', {
      programmeDocument: { ...before.programmeDocument, purposes: ['Mục đích\u0000'], recipients: ['Sở Nội vụ (b/c)', 'Lưu: VT\u202e'] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) {
      expect(result.error.issues?.map((issue) => issue.path).sort()).toEqual(['programmeDocument.purposes.0', 'programmeDocument.recipients.1']);
    }
    expect(await backend.call('settings.get', {})).toEqual(before);
  });
});

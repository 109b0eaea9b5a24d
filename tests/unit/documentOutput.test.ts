import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../electron/shared/contract';
import type { DocumentRef } from '../../electron/shared/documentRef';
import { detectDocumentOutput } from '../../renderer/src/api/documentOutput';
import type { BrowserDelivery, DocumentFile } from '../../renderer/src/api/documentOutput';

/** The renderer's "Lưu về máy" and "In": native by reference in the desktop app, download and frame in the browser. */
const file: DocumentFile = { fileName: '01-BB-UBND.pdf', base64: 'JVBERi0=' };
const ref: DocumentRef = { kind: 'minutes', minutesId: '7d3f0a52-3b1e-4c57-9a53-0f1f4d2c9b11' };

function recordingDelivery() {
  const delivered: string[] = [];
  const delivery: BrowserDelivery = { save: (f, format) => delivered.push(`save ${f.fileName} ${format}`), print: (f, format) => delivered.push(`print ${f.fileName} ${format}`) };
  return { delivery, delivered };
}

describe('document output in the desktop app', () => {
  it('sends only the reference through the bridge and never loads the file into the page', async () => {
    const sent: string[] = [];
    const { delivery, delivered } = recordingDelivery();
    const output = detectDocumentOutput(delivery, {
      saveDocument: async (r) => (sent.push(`save ${JSON.stringify(r)}`), { ok: true, value: { saved: true } }),
      printDocument: async (r) => (sent.push(`print ${JSON.stringify(r)}`), { ok: true, value: null }),
    });
    let loads = 0;
    const load = async () => (loads++, file);
    expect(await output.save(ref, load)).toBeNull();
    expect(await output.print(ref, load)).toBeNull();
    expect(sent).toEqual([`save ${JSON.stringify(ref)}`, `print ${JSON.stringify(ref)}`]);
    expect(loads).toBe(0);
    expect(delivered).toEqual([]);
  });

  it('returns the main process refusal, and UNAVAILABLE when the bridge rejects', async () => {
    const refusal: ApiResult<never> = { ok: false, error: { code: 'INTERNAL', message: 'Không ghi được tệp: EACCES' } };
    const output = detectDocumentOutput(recordingDelivery().delivery, {
      saveDocument: async () => refusal,
      printDocument: () => Promise.reject(new Error("No handler registered for 'document:print'")),
    });
    expect(await output.save(ref, async () => file)).toEqual(refusal.error);
    expect(await output.print(ref, async () => file)).toMatchObject({ code: 'UNAVAILABLE' });
  });
});

describe('document output in the browser (web host)', () => {
  it('loads the file and downloads or prints it, when the page has no desktop bridge or an older one without documents', async () => {
    for (const bridge of [undefined, {}]) {
      const { delivery, delivered } = recordingDelivery();
      const output = detectDocumentOutput(delivery, bridge);
      expect(await output.save(ref, async () => file)).toBeNull();
      expect(await output.print(ref, async () => file)).toBeNull();
      expect(await output.print(ref, async () => undefined)).toBeNull();
      expect(delivered).toEqual(['save 01-BB-UBND.pdf pdf', 'print 01-BB-UBND.pdf pdf']);
    }
  });
});

describe('every kind of document', () => {
  it('hands the browser each file with the format of its kind, and the desktop only the reference', async () => {
    const workbook: DocumentFile = { fileName: 'ke-hoach-2026.xlsx', base64: 'UEsDBA==' };
    const programmeId = '7d3f0a52-3b1e-4c57-9a53-0f1f4d2c9b12';
    const { delivery, delivered } = recordingDelivery();
    const browser = detectDocumentOutput(delivery, undefined);
    await browser.save({ kind: 'programmeXlsx', programmeId }, async () => workbook);
    await browser.save({ kind: 'reportPdf', reportId: programmeId }, async () => file);
    expect(delivered).toEqual(['save ke-hoach-2026.xlsx xlsx', 'save 01-BB-UBND.pdf pdf']);
    const sent: unknown[] = [];
    const desktop = detectDocumentOutput(delivery, { saveDocument: async (r) => (sent.push(r), { ok: true, value: { saved: true } }), printDocument: async () => ({ ok: true, value: null }) });
    await desktop.save({ kind: 'checklistXlsx', versionId: programmeId }, async () => workbook);
    expect(sent).toEqual([{ kind: 'checklistXlsx', versionId: programmeId }]);
  });
});

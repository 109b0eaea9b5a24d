import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../electron/shared/contract';
import type { MinutesFile } from '../../electron/shared/contract/minutes';
import type { DocumentRef } from '../../electron/shared/documentRef';
import { detectDocumentOutput } from '../../renderer/src/api/documentOutput';
import type { BrowserDelivery } from '../../renderer/src/api/documentOutput';

/** The renderer's "Lưu về máy" and "In": native by reference in the desktop app, download and frame in the browser. */
const file: MinutesFile = { fileName: '01-BB-UBND.pdf', pdfBase64: 'JVBERi0=' };
const ref: DocumentRef = { kind: 'minutes', minutesId: '7d3f0a52-3b1e-4c57-9a53-0f1f4d2c9b11' };

function recordingDelivery() {
  const delivered: string[] = [];
  const delivery: BrowserDelivery = { save: (f) => delivered.push(`save ${f.fileName}`), print: (f) => delivered.push(`print ${f.fileName}`) };
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
      expect(delivered).toEqual(['save 01-BB-UBND.pdf', 'print 01-BB-UBND.pdf']);
    }
  });
});

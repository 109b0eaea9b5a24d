import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchDocument, printDocument, safePdfFileName, saveDocument, withPdfExtension } from '../../electron/main/documents/documentOutput';
import type { CallBackend, DocumentBytes } from '../../electron/main/documents/documentOutput';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

/** The desktop app's "Lưu thành…" and "In" take a document reference from the renderer, never a path; the main process does the rest. */
let backend: TestBackend;
afterEach(() => backend?.close());

async function withIssuedMinutes() {
  backend = await startTestBackend({ now: () => new Date('2026-11-25T03:00:00Z') });
  const audit = await insertMinutesAudit(backend.store, { kind: 'CCHC', items: 5, findings: 1 });
  const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
  const calls: Array<{ method: string; input: unknown }> = [];
  const call: CallBackend = (method, input) => {
    calls.push({ method, input });
    return backend.dispatch(method, input);
  };
  return { audit, issued, call, calls };
}

describe('the document behind a reference', () => {
  it('is the issued minutes file for a minutes id, and a fresh draft for an audit id', async () => {
    const { audit, issued, call, calls } = await withIssuedMinutes();
    const minutes = await fetchDocument(call, { kind: 'minutes', minutesId: issued.id });
    expect(minutes.ok && pdfText(minutes.value.bytes)).toContain('Số: 01/BB-UBND');
    expect(minutes.ok && minutes.value.fileName).toMatch(/\.pdf$/);
    const draft = await fetchDocument(call, { kind: 'minutesDraft', auditId: audit.auditId });
    expect(draft.ok && draft.value.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(calls).toEqual([
      { method: 'minutes.open', input: { minutesId: issued.id } },
      { method: 'minutes.draft', input: { auditId: audit.auditId } },
    ]);
  });

  it('refuses a path, an unknown kind or extra fields without asking the back end', async () => {
    const { call, calls } = await withIssuedMinutes();
    for (const bad of ['/etc/passwd', { kind: 'file', path: '/etc/passwd' }, { kind: 'minutes', minutesId: '../../x' }, { kind: 'minutes', minutesId: crypto.randomUUID(), path: '/tmp/x.pdf' }, null]) {
      const result = await fetchDocument(call, bad);
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(calls).toEqual([]);
  });

  it('passes the back end refusal on, and refuses bytes that are not a PDF', async () => {
    const { call } = await withIssuedMinutes();
    expect(await fetchDocument(call, { kind: 'minutes', minutesId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const notPdf: CallBackend = async () => ({ ok: true, value: { fileName: 'x.pdf', pdfBase64: Buffer.from('<html>').toString('base64') } });
    expect(await fetchDocument(notPdf, { kind: 'minutes', minutesId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('"Lưu thành…" in the desktop app', () => {
  it('suggests the document name in the documents folder and writes the PDF where the user chose, adding .pdf', async () => {
    const { issued, call } = await withIssuedMinutes();
    const suggested: string[] = [];
    const written: Array<{ filePath: string; bytes: Buffer }> = [];
    const saved = await saveDocument(
      {
        call,
        chooseSavePath: async (suggestedPath) => {
          suggested.push(suggestedPath);
          return '/home/can-bo/Biên bản kiểm tra';
        },
        writeFile: async (filePath, bytes) => void written.push({ filePath, bytes }),
      },
      { kind: 'minutes', minutesId: issued.id },
      '/home/can-bo/Documents',
    );
    expect(saved).toEqual({ ok: true, value: { saved: true } });
    expect(path.dirname(suggested[0]!)).toBe('/home/can-bo/Documents');
    expect(path.basename(suggested[0]!)).toMatch(/\.pdf$/);
    expect(written.map((file) => file.filePath)).toEqual(['/home/can-bo/Biên bản kiểm tra.pdf']);
    expect(pdfText(written[0]!.bytes)).toContain('Số: 01/BB-UBND');
  });

  it('writes nothing when the user cancels the dialog, and says why when the write fails', async () => {
    const { issued, call } = await withIssuedMinutes();
    const ref = { kind: 'minutes', minutesId: issued.id };
    let writes = 0;
    const cancelled = await saveDocument({ call, chooseSavePath: async () => undefined, writeFile: async () => void writes++ }, ref, '/docs');
    expect(cancelled).toEqual({ ok: true, value: { saved: false } });
    expect(writes).toBe(0);
    const failed = await saveDocument(
      {
        call,
        chooseSavePath: async () => '/chi-doc/bb.pdf',
        writeFile: async () => {
          throw new Error('EACCES: permission denied');
        },
      },
      ref,
      '/docs',
    );
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/Không ghi được tệp: EACCES/) } });
  });
});

describe('"In" in the desktop app', () => {
  it('opens the PDF for printing, and reports a window that cannot open', async () => {
    const { issued, call } = await withIssuedMinutes();
    const opened: DocumentBytes[] = [];
    const ref = { kind: 'minutes', minutesId: issued.id };
    expect(await printDocument({ call, openForPrint: async (document) => void opened.push(document) }, ref)).toEqual({ ok: true, value: null });
    expect(pdfText(opened[0]!.bytes)).toContain('Số: 01/BB-UBND');
    const broken = await printDocument({ call, openForPrint: async () => Promise.reject(new Error('no display')) }, ref);
    expect(broken).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/no display/) } });
    expect(await printDocument({ call, openForPrint: async (document) => void opened.push(document) }, { kind: 'minutes', minutesId: 'x' })).toMatchObject({ ok: false });
    expect(opened).toHaveLength(1);
  });
});

describe('file names for the dialog and the print copy', () => {
  it('drops folders and characters Windows refuses, keeps Vietnamese, ends in .pdf', () => {
    expect(safePdfFileName('01-BB-UBND Biên bản kiểm tra.pdf')).toBe('01-BB-UBND Biên bản kiểm tra.pdf');
    expect(safePdfFileName('../../etc/passwd')).toBe('-..-etc-passwd.pdf');
    expect(safePdfFileName('a:b*c?"d<e>f|g\u0000.PDF')).toBe('a-b-c--d-e-f-g-.pdf');
    expect(safePdfFileName('...')).toBe('tai-lieu.pdf');
    expect(safePdfFileName('Bie\u0302n ba\u0309n')).toBe('Biên bản.pdf');
    expect(withPdfExtension('/x/bien-ban')).toBe('/x/bien-ban.pdf');
    expect(withPdfExtension('/x/bien-ban.PDF')).toBe('/x/bien-ban.PDF');
  });
});

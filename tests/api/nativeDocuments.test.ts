import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchDocument, printDocument, safeFileName, saveDocument, withExtension } from '../../electron/main/documents/documentOutput';
import type { CallBackend, DocumentBytes } from '../../electron/main/documents/documentOutput';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { staffTheWard } from '../support/fixtures/programmeStaff';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

/** The desktop app's "Lưu thành…" and "In" take a document reference from the renderer, never a path; the main process does the rest. */
let backend: TestBackend;
afterEach(() => backend?.close());

/** A back end whose calls are recorded, as the main process would make them. */
async function recordedBackend() {
  backend = await startTestBackend({ now: () => new Date('2026-11-25T03:00:00Z') });
  const calls: Array<{ method: string; input: unknown }> = [];
  const call: CallBackend = (method, input) => {
    calls.push({ method, input });
    return backend.dispatch(method, input);
  };
  return { call, calls };
}

async function withIssuedMinutes() {
  const recorded = await recordedBackend();
  const audit = await insertMinutesAudit(backend.store, { kind: 'CCHC', items: 5, findings: 1 });
  const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
  return { audit, issued, ...recorded };
}

/** A ward with staff, so that its plan can be generated. */
async function withStaffedWard() {
  const recorded = await recordedBackend();
  await staffTheWard(backend);
  return recorded;
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
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/Không ghi được tệp \(lỗi hệ thống: EACCES/) } });
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

describe('every document the app hands out', () => {
  // Five documents made one after another: the suite's 30 s is short on a loaded machine.
  it('saves the plan, the report and a checklist as PDF or Excel, each checked for its format', { timeout: 120_000 }, async () => {
    const { call, calls } = await withStaffedWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const report = await backend.call('reports.create', { kind: 'cchc', period: { kind: 'quarter', year: 2026, quarter: 4 } });
    const checklist = (await backend.call('checklists.list', {}))[0]!;
    const refs = [
      { kind: 'programmePdf', programmeId: programme.id },
      { kind: 'programmeXlsx', programmeId: programme.id },
      { kind: 'reportPdf', reportId: report.id },
      { kind: 'reportXlsx', reportId: report.id },
      { kind: 'checklistXlsx', versionId: checklist.published!.id },
      { kind: 'actionsBoardXlsx', filters: { year: 2026 } },
    ];
    const written: string[] = [];
    const filters: string[] = [];
    for (const ref of refs) {
      const saved = await saveDocument(
        {
          call,
          chooseSavePath: async (suggested, format) => (filters.push(format), `/luu/${ref.kind}`),
          writeFile: async (filePath, bytes) => void written.push(`${filePath} ${bytes.subarray(0, 4).toString('latin1')}`),
        },
        ref,
        '/docs',
      );
      expect(saved, ref.kind).toEqual({ ok: true, value: { saved: true } });
    }
    expect(filters).toEqual(['pdf', 'xlsx', 'pdf', 'xlsx', 'xlsx', 'xlsx']);
    expect(written).toEqual([
      '/luu/programmePdf.pdf %PDF',
      '/luu/programmeXlsx.xlsx PK\u0003\u0004',
      '/luu/reportPdf.pdf %PDF',
      '/luu/reportXlsx.xlsx PK\u0003\u0004',
      '/luu/checklistXlsx.xlsx PK\u0003\u0004',
      '/luu/actionsBoardXlsx.xlsx PK\u0003\u0004',
    ]);
    expect(calls.map((c) => c.method)).toEqual(['programme.exportPdf', 'programme.exportXlsx', 'reports.exportPdf', 'reports.exportXlsx', 'checklists.exportXlsx', 'actions.exportXlsx']);
  });

  it('saves the Word copy of the minutes, draft and issued, the plan and the report, and a unit card as PDF, Excel and Word', { timeout: 180_000 }, async () => {
    const { audit, issued, call, calls } = await withIssuedMinutes();
    await staffTheWard(backend);
    const programme = await backend.call('programme.generate', { year: 2026 });
    const report = await backend.call('reports.create', { kind: 'cchc', period: { kind: 'quarter', year: 2026, quarter: 4 } });
    const unitId = (await backend.call('units.list', {}))[0]!.id;
    const refs = [
      { kind: 'minutesDocx', minutesId: issued.id },
      { kind: 'minutesDraftDocx', auditId: audit.auditId },
      { kind: 'programmeDocx', programmeId: programme.id },
      { kind: 'reportDocx', reportId: report.id },
      { kind: 'unitCardPdf', unitId },
      { kind: 'unitCardXlsx', unitId },
      { kind: 'unitCardDocx', unitId },
    ];
    const written: string[] = [];
    const filters: string[] = [];
    for (const ref of refs) {
      const saved = await saveDocument(
        {
          call,
          chooseSavePath: async (suggested, format) => (filters.push(`${format} ${path.extname(suggested)}`), `/luu/${ref.kind}`),
          writeFile: async (filePath, bytes) => void written.push(`${filePath} ${bytes.subarray(0, 4).toString('latin1')}`),
        },
        ref,
        '/docs',
      );
      expect(saved, ref.kind).toEqual({ ok: true, value: { saved: true } });
    }
    expect(filters).toEqual(['docx .docx', 'docx .docx', 'docx .docx', 'docx .docx', 'pdf .pdf', 'xlsx .xlsx', 'docx .docx']);
    expect(written).toEqual([
      '/luu/minutesDocx.docx PK\u0003\u0004',
      '/luu/minutesDraftDocx.docx PK\u0003\u0004',
      '/luu/programmeDocx.docx PK\u0003\u0004',
      '/luu/reportDocx.docx PK\u0003\u0004',
      '/luu/unitCardPdf.pdf %PDF',
      '/luu/unitCardXlsx.xlsx PK\u0003\u0004',
      '/luu/unitCardDocx.docx PK\u0003\u0004',
    ]);
    expect(calls.map((c) => c.method)).toEqual([
      'minutes.openDocx',
      'minutes.draftDocx',
      'programme.exportDocx',
      'reports.exportDocx',
      'reports.unitCardPdf',
      'reports.unitCardXlsx',
      'reports.unitCardDocx',
    ]);
  });

  it('refuses to print a Word copy, and a Word answer that is not a zip', async () => {
    const { issued, call, calls } = await withIssuedMinutes();
    const printed = await printDocument({ call, openForPrint: async () => undefined }, { kind: 'minutesDocx', minutesId: issued.id });
    expect(printed).toMatchObject({ ok: false, error: { code: 'VALIDATION', text: { key: 'documentOutput.notPrintable' } } });
    expect(calls).toEqual([]);
    const notDocx: CallBackend = async () => ({ ok: true, value: { fileName: 'x.docx', base64: Buffer.from('%PDF-1.7').toString('base64') } });
    expect(await fetchDocument(notDocx, { kind: 'reportDocx', reportId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'INTERNAL', text: { key: 'documentOutput.notOfFormat', params: { format: 'Word (.docx)' } } } });
    expect(await fetchDocument(notDocx, { kind: 'unitCardDocx', unitId: crypto.randomUUID(), path: '/tmp/x.docx' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('prints the plan, and refuses to print a workbook without asking the back end', async () => {
    const { call, calls } = await withStaffedWard();
    const programme = await backend.call('programme.generate', { year: 2026 });
    const opened: DocumentBytes[] = [];
    const openForPrint = async (document: DocumentBytes) => void opened.push(document);
    expect(await printDocument({ call, openForPrint }, { kind: 'programmePdf', programmeId: programme.id })).toEqual({ ok: true, value: null });
    expect(opened.map((d) => [d.format, d.fileName.endsWith('.pdf')])).toEqual([['pdf', true]]);
    const before = calls.length;
    const workbook = await printDocument({ call, openForPrint }, { kind: 'programmeXlsx', programmeId: programme.id });
    expect(workbook).toMatchObject({ ok: false, error: { code: 'VALIDATION', text: { key: 'documentOutput.notPrintable' } } });
    expect(calls.length).toBe(before);
  });

  it('refuses a workbook answer that is not a zip, and a workbook reference with a path', async () => {
    const notXlsx: CallBackend = async () => ({ ok: true, value: { fileName: 'x.xlsx', base64: Buffer.from('%PDF-1.7').toString('base64') } });
    expect(await fetchDocument(notXlsx, { kind: 'reportXlsx', reportId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'INTERNAL', text: { key: 'documentOutput.notOfFormat' } } });
    expect(await fetchDocument(notXlsx, { kind: 'reportXlsx', reportId: crypto.randomUUID(), path: '/tmp' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await fetchDocument(notXlsx, { kind: 'actionsBoardXlsx', filters: { year: 2026, folder: '/tmp' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('file names for the dialog and the print copy', () => {
  it('drops folders and characters Windows refuses, keeps Vietnamese, ends in the format extension', () => {
    expect(safeFileName('01-BB-UBND Biên bản kiểm tra.pdf', 'pdf')).toBe('01-BB-UBND Biên bản kiểm tra.pdf');
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('-..-etc-passwd.pdf');
    expect(safeFileName('a:b*c?"d<e>f|g\u0000.PDF', 'pdf')).toBe('a-b-c--d-e-f-g-.pdf');
    expect(safeFileName('...', 'pdf')).toBe('tai-lieu.pdf');
    expect(safeFileName('Bie\u0302n ba\u0309n', 'pdf')).toBe('Biên bản.pdf');
    expect(safeFileName('Kế hoạch 2026.xlsx', 'xlsx')).toBe('Kế hoạch 2026.xlsx');
    expect(safeFileName('Kế hoạch 2026.pdf', 'xlsx')).toBe('Kế hoạch 2026.pdf.xlsx');
    expect(withExtension('/x/bien-ban', 'pdf')).toBe('/x/bien-ban.pdf');
    expect(withExtension('/x/bien-ban.PDF', 'pdf')).toBe('/x/bien-ban.PDF');
    expect(withExtension('/x/ke-hoach', 'xlsx')).toBe('/x/ke-hoach.xlsx');
  });
});

import path from 'node:path';
import type { ApiResult } from '../../shared/contract';
import { documentFormats, documentRefSchema } from '../../shared/documentRef';
import type { DocumentFormat, DocumentKind, DocumentRef, DocumentSaved } from '../../shared/documentRef';
import { localize } from '../../shared/i18n/catalog';
import type { LocalizedText } from '../../shared/i18n/catalog';

/** One API call to the back end (the utility process), as the IPC handler forwards it. */
export type CallBackend = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface DocumentBytes {
  fileName: string;
  format: DocumentFormat;
  bytes: Buffer;
}

/** What each format's file starts with and ends in: a PDF's header, a workbook's or a Word copy's zip header. */
const formatFacts: Record<DocumentFormat, { magic: Buffer; extension: string; label: string }> = {
  pdf: { magic: Buffer.from('%PDF-', 'latin1'), extension: '.pdf', label: 'PDF' },
  xlsx: { magic: Buffer.from([0x50, 0x4b, 0x03, 0x04]), extension: '.xlsx', label: 'Excel (.xlsx)' },
  docx: { magic: Buffer.from([0x50, 0x4b, 0x03, 0x04]), extension: '.docx', label: 'Word (.docx)' },
};

/** The save dialog's filter for a format: its name in the catalog and its extension. */
export const saveFilter = (format: DocumentFormat) => ({ name: localize({ key: `documentOutput.filter.${format}` }), extensions: [formatFacts[format].extension.slice(1)] });

// The main process does not know the UI language: the message is Vietnamese, its key lets the page render it in the user's.
const refused = (code: 'VALIDATION' | 'INTERNAL', text: LocalizedText): ApiResult<never> => ({ ok: false, error: { code, message: localize(text), text } });

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The API call that makes each kind of document; the answer's file is base64 (`pdfBase64` for minutes). */
const documentCalls: { [K in DocumentKind]: (ref: Extract<DocumentRef, { kind: K }>) => { method: string; input: unknown } } = {
  minutes: (ref) => ({ method: 'minutes.open', input: { minutesId: ref.minutesId } }),
  minutesDraft: (ref) => ({ method: 'minutes.draft', input: { auditId: ref.auditId } }),
  programmePdf: (ref) => ({ method: 'programme.exportPdf', input: { id: ref.programmeId } }),
  programmeXlsx: (ref) => ({ method: 'programme.exportXlsx', input: { id: ref.programmeId } }),
  reportPdf: (ref) => ({ method: 'reports.exportPdf', input: { id: ref.reportId } }),
  reportXlsx: (ref) => ({ method: 'reports.exportXlsx', input: { id: ref.reportId } }),
  checklistXlsx: (ref) => ({ method: 'checklists.exportXlsx', input: { versionId: ref.versionId } }),
  actionsBoardXlsx: (ref) => ({ method: 'actions.exportXlsx', input: ref.filters }),
  unitCardPdf: (ref) => ({ method: 'reports.unitCardPdf', input: { unitId: ref.unitId } }),
  unitCardXlsx: (ref) => ({ method: 'reports.unitCardXlsx', input: { unitId: ref.unitId } }),
  minutesDocx: (ref) => ({ method: 'minutes.openDocx', input: { minutesId: ref.minutesId } }),
  minutesDraftDocx: (ref) => ({ method: 'minutes.draftDocx', input: { auditId: ref.auditId } }),
  programmeDocx: (ref) => ({ method: 'programme.exportDocx', input: { id: ref.programmeId } }),
  reportDocx: (ref) => ({ method: 'reports.exportDocx', input: { id: ref.reportId } }),
  unitCardDocx: (ref) => ({ method: 'reports.unitCardDocx', input: { unitId: ref.unitId } }),
};

const documentCall = <R extends DocumentRef>(ref: R) => (documentCalls[ref.kind] as (r: R) => { method: string; input: unknown })(ref);

interface FileAnswer {
  fileName: string;
  base64?: string;
  pdfBase64?: string;
}

/**
 * A file name the save dialog can suggest and a temporary file can carry: the back end's name without
 * any folder part or character Windows refuses, ending in the format's extension.
 */
export function safeFileName(name: string, format: DocumentFormat): string {
  const { extension } = formatFacts[format];
  const base = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
  const stem = (base.toLowerCase().endsWith(extension) ? base.slice(0, -extension.length) : base) || 'tai-lieu';
  return `${stem}${extension}`;
}

/** What the user picked in the save dialog, with the extension added when they typed a name without it. */
export function withExtension(chosenPath: string, format: DocumentFormat): string {
  const { extension } = formatFacts[format];
  return path.extname(chosenPath).toLowerCase() === extension ? chosenPath : `${chosenPath}${extension}`;
}

/** Validates the reference, asks the back end for the document and checks that what came back is of its format. */
export async function fetchDocument(call: CallBackend, rawRef: unknown): Promise<ApiResult<DocumentBytes>> {
  const ref = documentRefSchema.safeParse(rawRef);
  if (!ref.success) return refused('VALIDATION', { key: 'documentOutput.invalidRef', params: { detail: ref.error.issues.map((issue) => issue.message).join('; ') } });
  const { method, input } = documentCall(ref.data);
  const result = await call(method, input);
  if (!result.ok) return result;
  const file = result.value as FileAnswer;
  const format = documentFormats[ref.data.kind];
  const bytes = Buffer.from(file.base64 ?? file.pdfBase64 ?? '', 'base64');
  const { magic, label } = formatFacts[format];
  if (!bytes.subarray(0, magic.length).equals(magic)) return refused('INTERNAL', { key: 'documentOutput.notOfFormat', params: { format: label } });
  return { ok: true, value: { fileName: safeFileName(file.fileName, format), format, bytes } };
}

export interface SaveDeps {
  call: CallBackend;
  /** The system save dialog, opened on `suggestedPath` with the format's filter; undefined when the user cancels. */
  chooseSavePath(suggestedPath: string, format: DocumentFormat): Promise<string | undefined>;
  writeFile(filePath: string, bytes: Buffer): Promise<void>;
}

/** "Lưu thành…" in the desktop app: the document's bytes to the path the user chose in the system dialog. */
export async function saveDocument(deps: SaveDeps, rawRef: unknown, suggestedFolder: string): Promise<ApiResult<DocumentSaved>> {
  const document = await fetchDocument(deps.call, rawRef);
  if (!document.ok) return document;
  const { fileName, format, bytes } = document.value;
  const chosen = await deps.chooseSavePath(path.join(suggestedFolder, fileName), format);
  if (!chosen) return { ok: true, value: { saved: false } };
  try {
    await deps.writeFile(withExtension(chosen, format), bytes);
  } catch (error) {
    return refused('INTERNAL', { key: 'documentOutput.writeFailed', params: { reason: reasonOf(error) } });
  }
  return { ok: true, value: { saved: true } };
}

export interface PrintDeps {
  call: CallBackend;
  /** Shows the document in its own window and opens the system print dialog for it. */
  openForPrint(document: DocumentBytes): Promise<void>;
}

/** "In" in the desktop app: PDFs only; a workbook is refused before the back end is asked. */
export async function printDocument(deps: PrintDeps, rawRef: unknown): Promise<ApiResult<null>> {
  const ref = documentRefSchema.safeParse(rawRef);
  if (ref.success && documentFormats[ref.data.kind] !== 'pdf') return refused('VALIDATION', { key: 'documentOutput.notPrintable' });
  const document = await fetchDocument(deps.call, rawRef);
  if (!document.ok) return document;
  try {
    await deps.openForPrint(document.value);
  } catch (error) {
    return refused('INTERNAL', { key: 'documentOutput.printFailed', params: { reason: reasonOf(error) } });
  }
  return { ok: true, value: null };
}

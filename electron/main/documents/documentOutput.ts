import path from 'node:path';
import type { ApiResult } from '../../shared/contract';
import type { MinutesFile } from '../../shared/contract/minutes';
import { documentRefSchema } from '../../shared/documentRef';
import type { DocumentRef, DocumentSaved } from '../../shared/documentRef';
import { documentMessages } from './messages';

/** One API call to the back end (the utility process), as the IPC handler forwards it. */
export type CallBackend = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface DocumentBytes {
  fileName: string;
  bytes: Buffer;
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const refused = (code: 'VALIDATION' | 'INTERNAL', message: string): ApiResult<never> => ({ ok: false, error: { code, message } });

/** The API call that makes each kind of document: the newest file of issued minutes, or a fresh draft. */
function documentCall(ref: DocumentRef): { method: string; input: unknown } {
  return ref.kind === 'minutes' ? { method: 'minutes.open', input: { minutesId: ref.minutesId } } : { method: 'minutes.draft', input: { auditId: ref.auditId } };
}

/**
 * A file name the save dialog can suggest and a temporary file can carry: the back end's name without
 * any folder part or character Windows refuses, ending in .pdf.
 */
export function safePdfFileName(name: string): string {
  const base = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
  const stem = base.replace(/\.pdf$/i, '') || 'tai-lieu';
  return `${stem}.pdf`;
}

/** What the user picked in the save dialog, with .pdf added when they typed a name without it. */
export function withPdfExtension(chosenPath: string): string {
  return path.extname(chosenPath).toLowerCase() === '.pdf' ? chosenPath : `${chosenPath}.pdf`;
}

/** Validates the reference, asks the back end for the document and checks that what came back is a PDF. */
export async function fetchDocument(call: CallBackend, rawRef: unknown): Promise<ApiResult<DocumentBytes>> {
  const ref = documentRefSchema.safeParse(rawRef);
  if (!ref.success) return refused('VALIDATION', documentMessages.invalidRef(ref.error.issues.map((issue) => issue.message).join('; ')));
  const { method, input } = documentCall(ref.data);
  const result = await call(method, input);
  if (!result.ok) return result;
  const file = result.value as MinutesFile;
  const bytes = Buffer.from(file.pdfBase64, 'base64');
  if (!bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return refused('INTERNAL', documentMessages.notPdf);
  return { ok: true, value: { fileName: safePdfFileName(file.fileName), bytes } };
}

export interface SaveDeps {
  call: CallBackend;
  /** The system save dialog, opened on `suggestedPath`; undefined when the user cancels. */
  chooseSavePath(suggestedPath: string): Promise<string | undefined>;
  writeFile(filePath: string, bytes: Buffer): Promise<void>;
}

/** "Lưu thành…" in the desktop app: the document's bytes to the path the user chose in the system dialog. */
export async function saveDocument(deps: SaveDeps, rawRef: unknown, suggestedFolder: string): Promise<ApiResult<DocumentSaved>> {
  const document = await fetchDocument(deps.call, rawRef);
  if (!document.ok) return document;
  const chosen = await deps.chooseSavePath(path.join(suggestedFolder, document.value.fileName));
  if (!chosen) return { ok: true, value: { saved: false } };
  try {
    await deps.writeFile(withPdfExtension(chosen), document.value.bytes);
  } catch (error) {
    return refused('INTERNAL', documentMessages.writeFailed(error instanceof Error ? error.message : String(error)));
  }
  return { ok: true, value: { saved: true } };
}

export interface PrintDeps {
  call: CallBackend;
  /** Shows the document in its own window and opens the system print dialog for it. */
  openForPrint(document: DocumentBytes): Promise<void>;
}

/** "In" in the desktop app. */
export async function printDocument(deps: PrintDeps, rawRef: unknown): Promise<ApiResult<null>> {
  const document = await fetchDocument(deps.call, rawRef);
  if (!document.ok) return document;
  try {
    await deps.openForPrint(document.value);
  } catch (error) {
    return refused('INTERNAL', documentMessages.printFailed(error instanceof Error ? error.message : String(error)));
  }
  return { ok: true, value: null };
}

import type { ApiError, ApiResult } from '../../../electron/shared/contract';
import { documentFormats } from '../../../electron/shared/documentRef';
import type { DocumentFormat, DocumentRef } from '../../../electron/shared/documentRef';
import { DESKTOP_UNREACHABLE } from './transport';
import type { DesktopDocumentBridge } from './transport';

/** A document as the API hands it to the page: its name and its bytes in base64. */
export interface DocumentFile {
  fileName: string;
  base64: string;
}

/** A PDF as the minutes methods hand it (`pdfBase64`), in the shape every document shares. */
export function pdfDocument(file: { fileName: string; pdfBase64: string }): DocumentFile;
export function pdfDocument(file: { fileName: string; pdfBase64: string } | undefined): DocumentFile | undefined;
export function pdfDocument(file: { fileName: string; pdfBase64: string } | undefined): DocumentFile | undefined {
  return file && { fileName: file.fileName, base64: file.pdfBase64 };
}

/** Asks the back end for the document (the browser needs its bytes); resolves to undefined when it was refused and said so. */
export type LoadDocument = () => Promise<DocumentFile | undefined>;

/**
 * "Lưu thành…" and "In" of a document. The desktop app saves through the system save dialog and prints
 * from a window of its own, given only the document's reference; the browser downloads the file or prints
 * it from a frame. Each resolves to the refusal to show, or null.
 */
export interface DocumentOutput {
  save(ref: DocumentRef, load: LoadDocument): Promise<ApiError | null>;
  print(ref: DocumentRef, load: LoadDocument): Promise<ApiError | null>;
}

/** How the browser hands a file it has to the user. */
export interface BrowserDelivery {
  save(file: DocumentFile, format: DocumentFormat): void;
  print(file: DocumentFile, format: DocumentFormat): void;
}

async function answerOf(send: () => Promise<ApiResult<unknown>>): Promise<ApiError | null> {
  try {
    const result = await send();
    return result.ok ? null : result.error;
  } catch {
    return { code: 'UNAVAILABLE', message: DESKTOP_UNREACHABLE };
  }
}

/** The main process fetches the document itself: the file is never loaded into the page for this. */
export function nativeDocumentOutput(bridge: DesktopDocumentBridge): DocumentOutput {
  return {
    save: (ref) => answerOf(() => bridge.saveDocument(ref)),
    print: (ref) => answerOf(() => bridge.printDocument(ref)),
  };
}

/** `load` reports its own refusal (useApiCommand does), so nothing is left to report here. */
export function browserDocumentOutput(delivery: BrowserDelivery): DocumentOutput {
  const deliver = (how: BrowserDelivery['save']) => async (ref: DocumentRef, load: LoadDocument) => {
    const file = await load();
    if (file) how(file, documentFormats[ref.kind]);
    return null;
  };
  return { save: deliver(delivery.save), print: deliver(delivery.print) };
}

/** Native in the desktop app (when its preload offers save and print), the browser's way otherwise. */
export function detectDocumentOutput(delivery: BrowserDelivery, bridge: Partial<DesktopDocumentBridge> | undefined): DocumentOutput {
  const hasDocuments = (candidate: Partial<DesktopDocumentBridge> | undefined): candidate is DesktopDocumentBridge =>
    typeof candidate?.saveDocument === 'function' && typeof candidate.printDocument === 'function';
  return hasDocuments(bridge) ? nativeDocumentOutput(bridge) : browserDocumentOutput(delivery);
}

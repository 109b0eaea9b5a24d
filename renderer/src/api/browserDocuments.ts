import type { DocumentFormat } from '../../../electron/shared/documentRef';
import { base64Blob, saveBase64File, XLSX_MIME } from './binaryFiles';
import { detectDocumentOutput } from './documentOutput';
import type { DocumentFile } from './documentOutput';

/** The media type each format is downloaded and shown as. */
export const documentMimeTypes: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  xlsx: XLSX_MIME,
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const documentBlob = (file: DocumentFile, format: DocumentFormat): Blob => base64Blob(file.base64, documentMimeTypes[format]);

/** "Lưu thành…" in the browser: a download. */
const download = (file: DocumentFile, format: DocumentFormat): void => saveBase64File(file.fileName, file.base64, documentMimeTypes[format]);

/**
 * "In": loads the PDF into a hidden frame and opens the browser's print dialog for it. Where the frame
 * cannot print it (no PDF viewer, or a workbook), the file is saved instead, to print from there.
 */
function printInFrame(file: DocumentFile, format: DocumentFormat): void {
  if (format !== 'pdf') return download(file, format);
  const url = URL.createObjectURL(documentBlob(file, format));
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.title = file.fileName;
  frame.src = url;
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } catch {
      download(file, format);
    }
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, 120_000);
  });
  document.body.append(frame);
}

/** Save and print of every document: native in the desktop app, download and frame in the browser. */
export const documentOutput = detectDocumentOutput({ save: download, print: printInFrame }, window.inspectionApi);

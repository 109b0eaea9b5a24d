import type { MinutesFile } from '../../../../electron/shared/contract/minutes';
import { base64Blob, saveBase64File } from '../../api/binaryFiles';
import { detectDocumentOutput } from '../../api/documentOutput';

const PDF_MIME = 'application/pdf';

export const pdfBlob = (file: MinutesFile): Blob => base64Blob(file.pdfBase64, PDF_MIME);

/** "Lưu về máy" in the browser: a download. */
const savePdf = (file: MinutesFile): void => saveBase64File(file.fileName, file.pdfBase64, PDF_MIME);

/**
 * "In": loads the PDF into a hidden frame and opens the browser's print dialog for it. Where the
 * frame cannot print PDFs (no PDF viewer), it falls back to saving the file to print from there.
 */
function printPdf(file: MinutesFile): void {
  const url = URL.createObjectURL(pdfBlob(file));
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
      savePdf(file);
    }
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, 120_000);
  });
  document.body.append(frame);
}

/** Save and print of minutes: native in the desktop app, download and frame in the browser. */
export const minutesOutput = detectDocumentOutput({ save: savePdf, print: printPdf }, window.inspectionApi);

import type { MinutesFile } from '../../../../electron/shared/contract/minutes';

/** The PDF travels as base64 through either transport; the browser gets it back as a Blob. */
export function pdfBlob(file: MinutesFile): Blob {
  const binary = atob(file.pdfBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'application/pdf' });
}

/** "Lưu về máy": a download, which the web host and Electron both turn into a save. */
export function savePdf(file: MinutesFile): void {
  const url = URL.createObjectURL(pdfBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "In": loads the PDF into a hidden frame and opens the browser's print dialog for it. Where the
 * frame cannot print PDFs (no PDF viewer), it falls back to saving the file to print from there.
 */
export function printPdf(file: MinutesFile): void {
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

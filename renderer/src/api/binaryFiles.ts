/** Binary data (evidence, PDFs, .xlsx) travels as base64 through either transport; these turn it back and forth. */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file's bytes as base64, the way binary data travels through the API. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Back from base64 to something the browser can show or save: an image, a PDF, a workbook. */
export function base64Blob(base64: string, mimeType: string): Blob {
  return new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: mimeType });
}

/** A download, which the web host and Electron both turn into "save as". */
export function saveBase64File(fileName: string, base64: string, mimeType: string): void {
  saveBlob(fileName, base64Blob(base64, mimeType));
}

/** The same for bytes already in a Blob (a package fetched in chunks, say). */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

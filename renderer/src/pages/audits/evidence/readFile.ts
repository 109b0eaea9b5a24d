/** A file's bytes as base64, the way binary data travels through the API. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Back from base64 to something the browser can show: an image or the PDF viewer in a frame. */
export function base64Blob(base64: string, mimeType: string): Blob {
  return new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: mimeType });
}

/** Files dropped or pasted; a pasted screenshot has no useful name, so it gets one with the time. */
export function filesFrom(transfer: DataTransfer | null, pastedName: (extension: string) => string): File[] {
  if (!transfer) return [];
  return [...transfer.files].map((file) => {
    if (file.name && file.name !== 'image.png') return file;
    const extension = file.type.split('/')[1] ?? 'png';
    return new File([file], pastedName(extension), { type: file.type });
  });
}

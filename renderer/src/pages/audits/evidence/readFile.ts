/** Files dropped or pasted; a pasted screenshot has no useful name, so it gets one with the time. */
export function filesFrom(transfer: DataTransfer | null, pastedName: (extension: string) => string): File[] {
  if (!transfer) return [];
  return [...transfer.files].map((file) => {
    if (file.name && file.name !== 'image.png') return file;
    const extension = file.type.split('/')[1] ?? 'png';
    return new File([file], pastedName(extension), { type: file.type });
  });
}

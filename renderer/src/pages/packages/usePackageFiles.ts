import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/contract';
import { api } from '../../api/client';
import { readAsBase64, saveBlob } from '../../api/binaryFiles';
import { useI18n } from '../../i18n/I18nProvider';

/** As the back end takes them: 4 MiB a call, so a large package never travels, or sits in the page, whole. */
const CHUNK_BYTES = 4 * 1024 * 1024;

export interface PackageUploadState {
  fileName: string;
  total: number;
  done: number;
  /** Set once every byte is staged: preview and import use it. */
  uploadId?: string;
}

/**
 * The package file the user picked (from a chat app's downloads, a USB stick), sent to the back end in chunks
 * and staged beside the store; the same calls in the browser and the desktop app. A refusal (too large,
 * interrupted) is announced and leaves nothing chosen.
 */
export function usePackageUpload() {
  const { t } = useI18n();
  const [state, setState] = useState<PackageUploadState>();
  const refuse = useCallback((error: ApiError) => {
    notifications.show({ color: 'red', title: t('common.error'), message: error.message });
    setState(undefined);
  }, [t]);
  const upload = useCallback(
    async (file: File | null) => {
      setState(file ? { fileName: file.name, total: file.size, done: 0 } : undefined);
      if (!file) return;
      let uploadId: string | undefined;
      for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
        const base64 = await readAsBase64(file.slice(offset, offset + CHUNK_BYTES));
        const answer = await api.call('packages.upload', { uploadId, fileName: file.name, size: file.size, offset, base64 });
        if (!answer.ok) return refuse(answer.error);
        uploadId = answer.value.uploadId;
        const received = answer.value.received;
        setState((current) => current && { ...current, done: received });
      }
      setState((current) => current && { ...current, uploadId });
    },
    [refuse],
  );
  return { state, upload, clear: useCallback(() => setState(undefined), []) };
}

/** Fetches a package this laptop just wrote, chunk by chunk, and hands it to the user as a download ("save as" in the desktop app). */
export async function downloadPackage(fileName: string): Promise<ApiError | null> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0, done = false; !done; ) {
    const answer = await api.call('packages.download', { fileName, offset });
    if (!answer.ok) return answer.error;
    const bytes = Uint8Array.from(atob(answer.value.base64), (char) => char.charCodeAt(0));
    parts.push(bytes);
    offset += bytes.length;
    done = answer.value.done;
  }
  saveBlob(fileName, new Blob(parts, { type: 'application/zip' }));
  return null;
}

import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { DocumentRef } from '../../../electron/shared/documentRef';
import { localizeError } from '../../../electron/shared/i18n/localizeError';
import { documentOutput } from '../api/browserDocuments';
import type { LoadDocument } from '../api/documentOutput';
import { useI18n } from '../i18n/I18nProvider';

export type OutputHow = 'save' | 'print';

/**
 * "Lưu thành…" / "In" of one document, in the desktop app or the browser alike; a refusal (a file that
 * could not be written, say) is announced in the user's language.
 */
export function useDocumentOutput(): (how: OutputHow, ref: DocumentRef, load: LoadDocument) => Promise<void> {
  const { t, language } = useI18n();
  return useCallback(
    async (how, ref, load) => {
      const error = await documentOutput[how](ref, load);
      if (error) notifications.show({ color: 'red', title: t('common.error'), message: localizeError(error, language).message });
    },
    [t, language],
  );
}

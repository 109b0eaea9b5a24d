import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { MinutesFile } from '../../../../electron/shared/contract/minutes';
import type { DocumentRef } from '../../../../electron/shared/documentRef';
import { useI18n } from '../../i18n/I18nProvider';
import { minutesOutput } from './pdfOutput';

/** "Lưu về máy" / "In" of one document; a refusal (a file that could not be written, say) is announced. */
export function useDocumentOutput(): (how: 'save' | 'print', ref: DocumentRef, load: () => Promise<MinutesFile | undefined>) => Promise<void> {
  const { t } = useI18n();
  return useCallback(
    async (how, ref, load) => {
      const error = await minutesOutput[how](ref, load);
      if (error) notifications.show({ color: 'red', title: t('common.error'), message: error.message });
    },
    [t],
  );
}

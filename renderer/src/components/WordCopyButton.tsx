import { Tooltip } from '@mantine/core';
import type { DocumentRef } from '../../../electron/shared/documentRef';
import type { LoadDocument } from '../api/documentOutput';
import { useI18n } from '../i18n/I18nProvider';
import { DocumentButton } from './DocumentButton';

interface WordCopyButtonProps {
  /** The Word copy, by the ids the API takes: the desktop app saves it through the system dialog by this alone. */
  documentRef: Extract<DocumentRef, { kind: `${string}Docx` }>;
  /** Fetches the file, for the browser's download. */
  load: LoadDocument;
  disabled?: boolean;
}

/** "Tải Word (.docx)" beside a document's PDF: the working copy, with a reminder that the signed PDF is the original. */
export function WordCopyButton({ documentRef, load, disabled }: WordCopyButtonProps) {
  const { t } = useI18n();
  return (
    <Tooltip label={t('wordCopies.hint')} multiline w={260} openDelay={400}>
      <DocumentButton how="save" documentRef={documentRef} load={load} disabled={disabled}>
        {t('wordCopies.download')}
      </DocumentButton>
    </Tooltip>
  );
}

import { Button, Group, Modal, Stack } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import type { MinutesFile } from '../../../../electron/shared/contract/minutes';
import type { DocumentRef } from '../../../../electron/shared/documentRef';
import { useI18n } from '../../i18n/I18nProvider';
import { documentBlob } from '../../api/browserDocuments';
import { pdfDocument } from '../../api/documentOutput';
import { useDocumentOutput } from '../../hooks/useDocumentOutput';

interface PdfPreviewModalProps {
  /** The file shown, and the reference the desktop app saves and prints it by. */
  preview: { file: MinutesFile; documentRef: DocumentRef; title: string } | null;
  onClose(): void;
}

/** The PDF in the browser's own viewer, with Save and Print beside it. */
export function PdfPreviewModal({ preview, onClose }: PdfPreviewModalProps) {
  const { t } = useI18n();
  const output = useDocumentOutput();
  const file = preview?.file ?? null;
  const url = useMemo(() => (file ? URL.createObjectURL(documentBlob(pdfDocument(file), 'pdf')) : null), [file]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  return (
    <Modal opened={preview !== null} onClose={onClose} title={preview?.title ?? ''} size="min(1100px, 95vw)" centered returnFocus>
      {preview && (
        <Stack>
          <Group justify="flex-end">
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void output('save', preview.documentRef, async () => pdfDocument(preview.file))}>
              {t('minutes.save')}
            </Button>
            <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => void output('print', preview.documentRef, async () => pdfDocument(preview.file))}>
              {t('minutes.print')}
            </Button>
          </Group>
          {url && <iframe src={url} title={preview.file.fileName} style={{ width: '100%', height: '75vh', border: '1px solid var(--mantine-color-gray-3)' }} />}
        </Stack>
      )}
    </Modal>
  );
}

import { Button, Group, Modal, Stack } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import type { MinutesFile } from '../../../../electron/shared/contract/minutes';
import { useI18n } from '../../i18n/I18nProvider';
import { pdfBlob, printPdf, savePdf } from './pdfOutput';

interface PdfPreviewModalProps {
  file: MinutesFile | null;
  title: string;
  onClose(): void;
}

/** The PDF in the browser's own viewer, with Save and Print beside it. */
export function PdfPreviewModal({ file, title, onClose }: PdfPreviewModalProps) {
  const { t } = useI18n();
  const url = useMemo(() => (file ? URL.createObjectURL(pdfBlob(file)) : null), [file]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  return (
    <Modal opened={file !== null} onClose={onClose} title={title} size="min(1100px, 95vw)" centered returnFocus>
      {file && (
        <Stack>
          <Group justify="flex-end">
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => savePdf(file)}>
              {t('minutes.save')}
            </Button>
            <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => printPdf(file)}>
              {t('minutes.print')}
            </Button>
          </Group>
          {url && <iframe src={url} title={file.fileName} style={{ width: '100%', height: '75vh', border: '1px solid var(--mantine-color-gray-3)' }} />}
        </Stack>
      )}
    </Modal>
  );
}

import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import type { ReportFile } from '../../../../electron/shared/contract/reports';
import { saveBase64File } from '../../api/binaryFiles';
import { useI18n } from '../../i18n/I18nProvider';

interface FileCommand {
  running: boolean;
  run(): Promise<ReportFile | undefined>;
}

/** "Tải PDF", "Tải Word" and "Xuất Excel" of a report or a unit card: each asks the back end for the file and saves it. */
export function DownloadButtons({ pdf, docx, xlsx }: { pdf: FileCommand; docx: FileCommand; xlsx: FileCommand }) {
  const { t } = useI18n();
  const download = async (command: FileCommand) => {
    const file = await command.run();
    if (file) saveBase64File(file.fileName, file.base64, file.mimeType);
  };
  return (
    <>
      <Button variant="default" leftSection={<IconFileTypePdf size={18} aria-hidden />} loading={pdf.running} onClick={() => void download(pdf)}>
        {t('reports.pdf')}
      </Button>
      <Button variant="default" leftSection={<IconFileTypeDocx size={18} aria-hidden />} loading={docx.running} onClick={() => void download(docx)}>
        {t('wordCopies.download')}
      </Button>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} loading={xlsx.running} onClick={() => void download(xlsx)}>
        {t('reports.xlsx')}
      </Button>
    </>
  );
}

import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import type { ReportFile } from '../../../../electron/shared/contract/reports';
import { saveLoadedFile } from '../../api/binaryFiles';
import { WordCopyButton } from '../../components/WordCopyButton';
import { useI18n } from '../../i18n/I18nProvider';

interface FileCommand {
  running: boolean;
  run(): Promise<ReportFile | undefined>;
}

/** "Tải PDF", "Tải Word" and "Xuất Excel" of a report or a unit card: each asks the back end for the file and saves it. */
export function DownloadButtons({ pdf, docx, xlsx }: { pdf: FileCommand; docx: FileCommand; xlsx: FileCommand }) {
  const { t } = useI18n();
  const download = (command: FileCommand) => saveLoadedFile(command.run());
  return (
    <>
      <Button variant="default" leftSection={<IconFileTypePdf size={18} aria-hidden />} loading={pdf.running} onClick={() => void download(pdf)}>
        {t('reports.pdf')}
      </Button>
      <WordCopyButton loading={docx.running} onClick={() => void download(docx)} />
      <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} loading={xlsx.running} onClick={() => void download(xlsx)}>
        {t('reports.xlsx')}
      </Button>
    </>
  );
}

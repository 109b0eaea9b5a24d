import type { ReportFile } from '../../../../electron/shared/contract/reports';
import { DocumentButton } from '../../components/DocumentButton';
import { WordCopyButton } from '../../components/WordCopyButton';
import { useI18n } from '../../i18n/I18nProvider';

type LoadFile = () => Promise<ReportFile | undefined>;

/** "Tải PDF", "Tải Word" and "Xuất Excel" of a unit's card: the system save dialog in the desktop app, downloads in the browser. */
export function DownloadButtons({ unitId, pdf, docx, xlsx }: { unitId: string; pdf: LoadFile; docx: LoadFile; xlsx: LoadFile }) {
  const { t } = useI18n();
  return (
    <>
      <DocumentButton how="save" documentRef={{ kind: 'unitCardPdf', unitId }} load={pdf}>
        {t('reports.pdf')}
      </DocumentButton>
      <WordCopyButton documentRef={{ kind: 'unitCardDocx', unitId }} load={docx} />
      <DocumentButton how="save" documentRef={{ kind: 'unitCardXlsx', unitId }} load={xlsx}>
        {t('reports.xlsx')}
      </DocumentButton>
    </>
  );
}

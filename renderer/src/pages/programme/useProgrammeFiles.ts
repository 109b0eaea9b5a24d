import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';
import { saveProgrammeFile } from './saveProgrammeFile';

export type ProgrammeFileFormat = 'pdf' | 'xlsx' | 'docx';

/** Printing (PDF) and exporting (Excel, Word) a programme as downloads. */
export function useProgrammeFiles() {
  const { t } = useI18n();
  const pdf = useApiCommand('programme.exportPdf');
  const xlsx = useApiCommand('programme.exportXlsx');
  const docx = useApiCommand('programme.exportDocx');
  const [exporting, setExporting] = useState<ProgrammeFileFormat | null>(null);
  const exportAs = async (id: string, format: ProgrammeFileFormat) => {
    setExporting(format);
    const file = await { pdf, xlsx, docx }[format].run({ id });
    setExporting(null);
    if (!file) return;
    saveProgrammeFile(file);
    notifications.show({ color: 'green', message: t('programme.exported', { file: file.fileName }) });
  };
  return { exporting, exportAs };
}

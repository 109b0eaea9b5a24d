import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';
import { saveProgrammeFile } from './saveProgrammeFile';

/** Printing (PDF) and exporting (Excel) a programme as downloads. */
export function useProgrammeFiles() {
  const { t } = useI18n();
  const pdf = useApiCommand('programme.exportPdf');
  const xlsx = useApiCommand('programme.exportXlsx');
  const [exporting, setExporting] = useState<'pdf' | 'xlsx' | null>(null);
  const exportAs = async (id: string, format: 'pdf' | 'xlsx') => {
    setExporting(format);
    const file = await (format === 'pdf' ? pdf : xlsx).run({ id });
    setExporting(null);
    if (!file) return;
    saveProgrammeFile(file);
    notifications.show({ color: 'green', message: t('programme.exported', { file: file.fileName }) });
  };
  return { exporting, exportAs };
}

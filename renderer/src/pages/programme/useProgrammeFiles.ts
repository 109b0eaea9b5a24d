import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ProgrammeFile } from '../../../../electron/shared/contract/programme';
import type { DocumentRef } from '../../../../electron/shared/documentRef';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useDocumentOutput } from '../../hooks/useDocumentOutput';
import { useI18n } from '../../i18n/I18nProvider';

export type ProgrammeOutput = 'pdf' | 'xlsx' | 'docx' | 'print';

/** Saving the plan as PDF, Excel or Word copy, and printing it: native in the desktop app, downloads in the browser. */
export function useProgrammeFiles() {
  const { t } = useI18n();
  const pdf = useApiCommand('programme.exportPdf');
  const xlsx = useApiCommand('programme.exportXlsx');
  const docx = useApiCommand('programme.exportDocx');
  const output = useDocumentOutput();
  const [exporting, setExporting] = useState<ProgrammeOutput | null>(null);
  const announced = (file: ProgrammeFile | undefined) => {
    if (file) notifications.show({ color: 'green', message: t('programme.exported', { file: file.fileName }) });
    return file;
  };
  const exportAs = async (programmeId: string, what: ProgrammeOutput) => {
    setExporting(what);
    try {
      const ref: DocumentRef = { kind: what === 'xlsx' ? 'programmeXlsx' : what === 'docx' ? 'programmeDocx' : 'programmePdf', programmeId };
      const load = () => (what === 'xlsx' ? xlsx : what === 'docx' ? docx : pdf).run({ id: programmeId });
      await output(what === 'print' ? 'print' : 'save', ref, async () => (what === 'print' ? load() : announced(await load())));
    } finally {
      setExporting(null);
    }
  };
  return { exporting, exportAs };
}

import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ProgrammeFile } from '../../../../electron/shared/contract/programme';
import type { DocumentRef } from '../../../../electron/shared/documentRef';
import { saveLoadedFile } from '../../api/binaryFiles';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useDocumentOutput } from '../../hooks/useDocumentOutput';
import { useI18n } from '../../i18n/I18nProvider';

export type ProgrammeOutput = 'pdf' | 'xlsx' | 'docx' | 'print';

/** Saving the plan as PDF or Excel, and printing it: native in the desktop app, downloads in the browser. The Word copy is a download in both. */
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
      if (what === 'docx') {
        await saveLoadedFile(docx.run({ id: programmeId }).then(announced));
        return;
      }
      const ref: DocumentRef = what === 'xlsx' ? { kind: 'programmeXlsx', programmeId } : { kind: 'programmePdf', programmeId };
      const command = what === 'xlsx' ? xlsx : pdf;
      await output(what === 'print' ? 'print' : 'save', ref, async () => (what === 'print' ? command.run({ id: programmeId }) : announced(await command.run({ id: programmeId }))));
    } finally {
      setExporting(null);
    }
  };
  return { exporting, exportAs };
}

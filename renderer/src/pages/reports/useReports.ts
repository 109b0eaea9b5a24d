import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';

/** The reports list and the settings the period chooser needs. */
export function useReportList() {
  return { reports: useApiQuery('reports.list', {}), settings: useApiQuery('settings.get', {}), create: useApiCommand('reports.create') };
}

/** One report, with the commands its page offers. */
export function useReport(id: string) {
  return {
    report: useApiQuery('reports.get', { id }),
    update: useApiCommand('reports.update'),
    issue: useApiCommand('reports.issue'),
    reissue: useApiCommand('reports.reissue'),
    pdf: useApiCommand('reports.exportPdf'),
    xlsx: useApiCommand('reports.exportXlsx'),
    docx: useApiCommand('reports.exportDocx'),
  };
}

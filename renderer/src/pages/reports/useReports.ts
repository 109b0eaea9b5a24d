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
    charts: useApiQuery('reports.charts', { id }),
    update: useApiCommand('reports.update'),
    issue: useApiCommand('reports.issue'),
    reissue: useApiCommand('reports.reissue'),
    pdf: useApiCommand('reports.exportPdf'),
    docx: useApiCommand('reports.exportDocx'),
    xlsx: useApiCommand('reports.exportXlsx'),
  };
}

/** A unit's report card, its charts, and its files. */
export function useUnitCard(unitId: string) {
  return {
    card: useApiQuery('reports.unitCard', { unitId }),
    charts: useApiQuery('reports.unitCardCharts', { unitId }),
    pdf: useApiCommand('reports.unitCardPdf'),
    docx: useApiCommand('reports.unitCardDocx'),
    xlsx: useApiCommand('reports.unitCardXlsx'),
  };
}

import type { ModuleHandlers } from '../../api/handlers';
import { reportCharts } from './reportCharts';
import { createReport, getReport, issueReport, listReports, reissueReport, updateReport } from './reportCommands';
import { exportReportDocx, exportReportPdf, exportReportXlsx } from './reportFiles';
import { exportUnitCardDocx, exportUnitCardPdf, exportUnitCardXlsx, getUnitCard, unitCardChartsSvg } from './unitCardFiles';

export const reportsHandlers: ModuleHandlers<
  | 'reports.list'
  | 'reports.create'
  | 'reports.get'
  | 'reports.update'
  | 'reports.issue'
  | 'reports.reissue'
  | 'reports.exportPdf'
  | 'reports.exportXlsx'
  | 'reports.exportDocx'
  | 'reports.charts'
  | 'reports.unitCard'
  | 'reports.unitCardCharts'
  | 'reports.unitCardPdf'
  | 'reports.unitCardXlsx'
  | 'reports.unitCardDocx'
> = {
  'reports.list': listReports,
  'reports.create': createReport,
  'reports.get': getReport,
  'reports.update': updateReport,
  'reports.issue': issueReport,
  'reports.reissue': reissueReport,
  'reports.exportPdf': exportReportPdf,
  'reports.exportXlsx': exportReportXlsx,
  'reports.exportDocx': exportReportDocx,
  'reports.charts': reportCharts,
  'reports.unitCard': getUnitCard,
  'reports.unitCardCharts': unitCardChartsSvg,
  'reports.unitCardPdf': exportUnitCardPdf,
  'reports.unitCardXlsx': exportUnitCardXlsx,
  'reports.unitCardDocx': exportUnitCardDocx,
};

import type { ModuleHandlers } from '../../api/handlers';
import { createReport, getReport, issueReport, listReports, reissueReport, updateReport } from './reportCommands';
import { exportReportDocx, exportReportPdf, exportReportXlsx } from './reportFiles';

export const reportsHandlers: ModuleHandlers<
  'reports.list' | 'reports.create' | 'reports.get' | 'reports.update' | 'reports.issue' | 'reports.reissue' | 'reports.exportPdf' | 'reports.exportXlsx' | 'reports.exportDocx'
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
};

import type { ModuleHandlers } from '../../api/handlers';
import { DOCX_MIME_TYPE } from '../../documents';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import { readOrganization } from '../organization/readOrganization';
import { requireReport, reportView } from './reportView';
import type { ReportView } from '../../../shared/contract/reports';

/** "bao-cao-cchc-05-BC-UBND" for an issued report, "bao-cao-cchc-du-thao-<from>" for a draft. */
function baseName(report: ReportView): string {
  return report.documentCode ? `bao-cao-cchc-${report.documentCode.replace(/\//g, '-')}` : `bao-cao-cchc-du-thao-${report.figures.window.from}`;
}

export const exportReportPdf: ModuleHandlers<'reports.exportPdf'>['reports.exportPdf'] = async (ctx, { id }) => {
  const db = ctx.store.db;
  const report = reportView(db, requireReport(db, id));
  const pdf = await backgroundWork.run('reports.renderPdf', { report, organization: readOrganization(db), resourcesDir: ctx.config.resourcesDir });
  return { fileName: `${baseName(report)}.pdf`, mimeType: 'application/pdf', base64: asBuffer(pdf).toString('base64') };
};

export const exportReportDocx: ModuleHandlers<'reports.exportDocx'>['reports.exportDocx'] = async (ctx, { id }) => {
  const db = ctx.store.db;
  const report = reportView(db, requireReport(db, id));
  const docx = await backgroundWork.run('reports.renderDocx', { report, organization: readOrganization(db), resourcesDir: ctx.config.resourcesDir });
  return { fileName: `${baseName(report)}.docx`, mimeType: DOCX_MIME_TYPE, base64: asBuffer(docx).toString('base64') };
};

export const exportReportXlsx: ModuleHandlers<'reports.exportXlsx'>['reports.exportXlsx'] = async (ctx, { id }) => {
  const db = ctx.store.db;
  const report = reportView(db, requireReport(db, id));
  const bytes = await backgroundWork.run('reports.writeWorkbook', report);
  return { fileName: `${baseName(report)}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: asBuffer(bytes).toString('base64') };
};

import type { ModuleHandlers } from '../../api/handlers';
import { DOCX_MIME_TYPE } from '../../documents';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import { readOrganization } from '../organization/readOrganization';
import { requireReport, reportView } from './reportView';
import { drawnAheadFor } from './wordPictures';
import type { ReportView } from '../../../shared/contract/reports';

/** "bao-cao-cchc-05-BC-UBND" (or "bao-cao-iso-…") for an issued report, "bao-cao-cchc-du-thao-<from>" for a draft. */
function baseName(report: ReportView): string {
  return report.documentCode ? `bao-cao-${report.kind}-${report.documentCode.replace(/\//g, '-')}` : `bao-cao-${report.kind}-du-thao-${report.figures.window.from}`;
}

export const exportReportPdf: ModuleHandlers<'reports.exportPdf'>['reports.exportPdf'] = async (ctx, { id }) => {
  const db = ctx.store.db;
  const report = reportView(db, requireReport(db, id));
  const organization = readOrganization(db);
  const resourcesDir = ctx.config.resourcesDir;
  const pdf =
    report.kind === 'iso' ? await backgroundWork.run('reports.renderIsoPdf', { report, organization, resourcesDir }) : await backgroundWork.run('reports.renderPdf', { report, organization, resourcesDir });
  return { fileName: `${baseName(report)}.pdf`, mimeType: 'application/pdf', base64: asBuffer(pdf).toString('base64') };
};

export const exportReportDocx: ModuleHandlers<'reports.exportDocx'>['reports.exportDocx'] = async (ctx, { id }) => {
  const db = ctx.store.db;
  const report = reportView(db, requireReport(db, id));
  const organization = readOrganization(db);
  const resourcesDir = ctx.config.resourcesDir;
  const drawnAhead = await drawnAheadFor(report, resourcesDir);
  const docx =
    report.kind === 'iso'
      ? await backgroundWork.run('reports.renderIsoDocx', { report, organization, resourcesDir, drawnAhead })
      : await backgroundWork.run('reports.renderDocx', { report, organization, resourcesDir, drawnAhead });
  return { fileName: `${baseName(report)}.docx`, mimeType: DOCX_MIME_TYPE, base64: asBuffer(docx).toString('base64') };
};

export const exportReportXlsx: ModuleHandlers<'reports.exportXlsx'>['reports.exportXlsx'] = async (ctx, { id }) => {
  const db = ctx.store.db;
  const report = reportView(db, requireReport(db, id));
  const bytes = report.kind === 'iso' ? await backgroundWork.run('reports.writeIsoWorkbook', report) : await backgroundWork.run('reports.writeWorkbook', report);
  return { fileName: `${baseName(report)}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: asBuffer(bytes).toString('base64') };
};

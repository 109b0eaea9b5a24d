import type { ModuleHandlers } from '../../api/handlers';
import { localDateOf } from '../../../shared/dates';
import { DOCX_MIME_TYPE } from '../../documents';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import { readOrganization } from '../organization/readOrganization';
import { unitCard } from './unitCard';
import { unitCardCharts } from './unitCardCharts';

const cardOf = (ctx: Parameters<ModuleHandlers<'reports.unitCard'>['reports.unitCard']>[0], unitId: string) => unitCard(ctx.store.db, unitId, localDateOf(ctx.now()));
const fileBase = (card: ReturnType<typeof unitCard>) => `ho-so-don-vi-${card.unit.code.replace(/[^A-Za-z0-9_-]/g, '-')}-${card.madeOn}`;

export const getUnitCard: ModuleHandlers<'reports.unitCard'>['reports.unitCard'] = (ctx, { unitId }) => cardOf(ctx, unitId);

export const unitCardChartsSvg: ModuleHandlers<'reports.unitCardCharts'>['reports.unitCardCharts'] = (ctx, { unitId }) =>
  backgroundWork.run('charts.renderSvg', { specs: unitCardCharts(cardOf(ctx, unitId)), width: 560, height: 300 });

export const exportUnitCardPdf: ModuleHandlers<'reports.unitCardPdf'>['reports.unitCardPdf'] = async (ctx, { unitId }) => {
  const card = cardOf(ctx, unitId);
  const pdf = await backgroundWork.run('reports.renderUnitCardPdf', { card, organization: readOrganization(ctx.store.db), resourcesDir: ctx.config.resourcesDir });
  return { fileName: `${fileBase(card)}.pdf`, mimeType: 'application/pdf', base64: asBuffer(pdf).toString('base64') };
};

export const exportUnitCardXlsx: ModuleHandlers<'reports.unitCardXlsx'>['reports.unitCardXlsx'] = async (ctx, { unitId }) => {
  const card = cardOf(ctx, unitId);
  const bytes = await backgroundWork.run('reports.writeUnitCardWorkbook', card);
  return { fileName: `${fileBase(card)}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: asBuffer(bytes).toString('base64') };
};

export const exportUnitCardDocx: ModuleHandlers<'reports.unitCardDocx'>['reports.unitCardDocx'] = async (ctx, { unitId }) => {
  const card = cardOf(ctx, unitId);
  const docx = await backgroundWork.run('reports.renderUnitCardDocx', { card, organization: readOrganization(ctx.store.db), resourcesDir: ctx.config.resourcesDir });
  return { fileName: `${fileBase(card)}.docx`, mimeType: DOCX_MIME_TYPE, base64: asBuffer(docx).toString('base64') };
};

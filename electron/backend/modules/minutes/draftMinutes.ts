import type { ModuleHandlers } from '../../api/handlers';
import { readAudit } from './loadMinutesSource';
import { prepareMinutes } from './minutesInputs';
import { renderMinutesPdf } from './renderMinutesPdf';

/** A preview from the current data, marked as a draft and unnumbered; it changes nothing. */
export const draftMinutes: ModuleHandlers<'minutes.draft'>['minutes.draft'] = async (ctx, input) => {
  const audit = readAudit(ctx.store.db, input.auditId);
  const { content, images } = prepareMinutes(ctx.store.db, audit.id, { number: null, documentDate: audit.endDate, revision: 0, supplements: null, corrections: '' });
  const { pdf, renderMs } = await renderMinutesPdf(content, images, { resourcesDir: ctx.config.resourcesDir, signatureFields: false });
  return { fileName: `Du-thao-bien-ban-${audit.kind}-${audit.endDate}.pdf`, pdfBase64: pdf.toString('base64'), renderMs };
};

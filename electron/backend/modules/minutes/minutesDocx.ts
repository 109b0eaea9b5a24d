import fs from 'node:fs/promises';
import type { ModuleHandlers } from '../../api/handlers';
import { AppError, text } from '../../api/errors';
import { DOCX_MIME_TYPE, renderDocx } from '../../documents';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import type { IssuedMinutesRow } from './issuedMinutesViews';
import { minutesDocumentDate, readIssuedMinutes } from './issuedMinutesViews';
import { readAudit } from './loadMinutesSource';
import type { MinutesContent } from './minutesContent';
import { canonicalJson, sha256Hex } from './minutesContent';
import { minutesDocument } from './minutesDocument';
import { minutesContentPath, minutesDownloadName } from './minutesFiles';
import { prepareMinutes } from './minutesInputs';

/** The Word copy of the minutes, on a worker thread: the same model as the PDF, without the signature images (ink goes on paper, signatures on the PDF). */
export async function renderMinutesDocx({ content, resourcesDir }: { content: MinutesContent; resourcesDir: string }): Promise<Uint8Array> {
  return renderDocx(minutesDocument(content, new Map()), resourcesDir);
}

const wordFile = async (content: MinutesContent, resourcesDir: string, fileName: string) => {
  const docx = await backgroundWork.run('minutes.renderDocx', { content, resourcesDir });
  return { fileName, mimeType: DOCX_MIME_TYPE, base64: asBuffer(docx).toString('base64') };
};

/** The draft's Word copy, from the same data as the draft preview; it changes nothing. */
export const draftMinutesDocx: ModuleHandlers<'minutes.draftDocx'>['minutes.draftDocx'] = async (ctx, input) => {
  const audit = readAudit(ctx.store.db, input.auditId);
  const { content } = prepareMinutes(ctx.store.db, audit.id, { number: null, documentDate: audit.endDate, revision: 0, supplements: null, corrections: '' });
  return wordFile(content, ctx.config.resourcesDir, `Du-thao-bien-ban-${audit.kind}-${audit.endDate}.docx`);
};

/**
 * The content an issued PDF was made from: the file kept beside it, or, for first minutes issued
 * before that file was kept, the same content rebuilt from the locked audit. Either way it must
 * hash to what was recorded at issue, so the Word copy says exactly what the PDF says.
 */
async function frozenContent(ctx: Parameters<ModuleHandlers<'minutes.openDocx'>['minutes.openDocx']>[0], row: IssuedMinutesRow): Promise<MinutesContent> {
  const kept = await fs.readFile(minutesContentPath(ctx.config.dataDir, row), 'utf8').catch(() => null);
  let content: MinutesContent;
  if (kept !== null) {
    content = JSON.parse(kept) as MinutesContent;
  } else if (row.supersedesId === null) {
    content = prepareMinutes(ctx.store.db, row.auditId, { number: row.documentCode, documentDate: minutesDocumentDate(row), revision: row.revision, supplements: null, corrections: '' }).content;
  } else {
    throw new AppError('NOT_FOUND', text('wordCopies.errors.contentMissing', { code: row.documentCode }));
  }
  if (sha256Hex(canonicalJson(content)) !== row.contentSha256) throw new AppError('CONFLICT', text('wordCopies.errors.contentChanged', { code: row.documentCode }));
  return content;
}

/** An issued minutes' Word copy, from the very content its PDF was made from. */
export const openMinutesDocx: ModuleHandlers<'minutes.openDocx'>['minutes.openDocx'] = async (ctx, input) => {
  const row = readIssuedMinutes(ctx.store.db, input.minutesId);
  const content = await frozenContent(ctx, row);
  return wordFile(content, ctx.config.resourcesDir, minutesDownloadName(row).replace(/\.pdf$/, '.docx'));
};

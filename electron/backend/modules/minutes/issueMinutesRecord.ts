import { eq } from 'drizzle-orm';
import { audits, issuedMinutes } from '../../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { localDateOf } from '../../../shared/dates';
import { documentCode } from '../../documents';
import { readOrganization } from '../organization/readOrganization';
import type { IssuedMinutesRow } from './issuedMinutesViews';
import { minutesDocumentDate } from './issuedMinutesViews';
import { readAudit } from './loadMinutesSource';
import { canonicalJson, sha256Hex } from './minutesContent';
import { minutesContentPath, minutesFilePath, removeMinutesFile, writeNewMinutesFile } from './minutesFiles';
import { prepareMinutes } from './minutesInputs';
import { nextMinutesNumber } from './numbering';
import { renderMinutesPdf } from './renderMinutesPdf';

export interface IssueRequest {
  revision: number;
  /** The first minutes, when this is a biên bản bổ sung; the audit is locked only by the first. */
  supplements: IssuedMinutesRow | null;
  corrections: string;
}

/**
 * The shared path of issuing and correcting: number, render, keep the file, then record it all in
 * one transaction. If the transaction fails the new file is removed, so nothing is half-issued.
 */
export async function issueMinutesRecord(ctx: HandlerContext, auditId: string, request: IssueRequest): Promise<IssuedMinutesRow> {
  const db = ctx.store.db;
  const lockAudit = request.supplements === null;
  const issueDate = localDateOf(ctx.now());
  // Numbered in the register of the year it is issued (NĐ 30/2020 Điều 15); dated as inspected.
  const year = Number(issueDate.slice(0, 4));
  const documentDate = request.supplements ? issueDate : readAudit(db, auditId).endDate;
  const number = nextMinutesNumber(db, year);
  const minutesCode = documentCode(String(number), 'BB', readOrganization(db).bodyShortCode);
  const { content, images } = prepareMinutes(db, auditId, {
    number: minutesCode,
    documentDate,
    revision: request.revision,
    supplements: request.supplements && { number: request.supplements.documentCode, documentDate: minutesDocumentDate(request.supplements) },
    corrections: request.corrections,
  });
  const contentJson = canonicalJson(content);
  const contentSha256 = sha256Hex(contentJson);
  const { pdf } = await renderMinutesPdf(content, images, { resourcesDir: ctx.config.resourcesDir, signatureFields: true });
  const filePath = minutesFilePath(ctx.config.dataDir, { year, documentCode: minutesCode });
  const contentPath = minutesContentPath(ctx.config.dataDir, { year, documentCode: minutesCode });
  await writeNewMinutesFile(filePath, pdf);
  try {
    // Kept so that the Word copy can be made later from exactly this content.
    await writeNewMinutesFile(contentPath, Buffer.from(contentJson, 'utf8'));
    return ctx.store.sqlite
      .transaction(() => {
        const audit = readAudit(db, auditId);
        const expected = lockAudit ? 'closed' : 'locked';
        if (audit.status !== expected) throw new AppError('CONFLICT', text('errors.minutes.statusChanged'));
        const row = db
          .insert(issuedMinutes)
          .values({
            auditId,
            year,
            number,
            documentCode: minutesCode,
            revision: request.revision,
            supersedesId: request.supplements?.id ?? null,
            contentSha256,
            pdfSha256: sha256Hex(pdf),
            documentDate,
            issuedAt: ctx.now().toISOString(),
            issuedBy: ctx.actor.name,
          })
          .returning()
          .get();
        recordChange(ctx, {
          entity: 'issued_minutes',
          entityId: row.id,
          action: 'create',
          changes: { documentCode: minutesCode, revision: request.revision, supersedesId: row.supersedesId, contentSha256, pdfSha256: row.pdfSha256 },
        });
        if (lockAudit) {
          db.update(audits).set({ status: 'locked' }).where(eq(audits.id, auditId)).run();
          recordChange(ctx, { entity: 'audit', entityId: auditId, action: 'update', changes: { status: ['closed', 'locked'] } });
        }
        return row;
      })
      .immediate();
  } catch (error) {
    await removeMinutesFile(filePath);
    await removeMinutesFile(contentPath);
    throw error;
  }
}

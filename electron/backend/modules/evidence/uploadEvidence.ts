import { evidenceFiles, evidenceLinks } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { invalid, issue, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { readSettings } from '../organization/readSettings';
import { sha256Of, storeEvidenceFile } from './evidenceFiles';
import { assertEvidenceTarget } from './evidenceTarget';
import { requireEvidenceView } from './evidenceViews';
import { fileTypeOf } from './fileType';

const MEGABYTE = 1024 * 1024;
/** Rounded up to a tenth, so a file just over the limit never reads as the limit itself. */
const megabytes = (bytes: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(Math.ceil((bytes / MEGABYTE) * 10) / 10);

/**
 * Checks everything first, stores the file under its SHA-256 (once, whoever else uses it), then
 * records the link in one transaction. The work is synchronous, so no other call runs in between.
 */
export const uploadEvidence: ModuleHandlers<'evidence.upload'>['evidence.upload'] = async (ctx, input) => {
  const { db } = ctx.store;
  const bytes = Buffer.from(input.base64, 'base64');
  const limit = readSettings(db).evidenceMaxMegabytes;
  if (bytes.length > limit * MEGABYTE) {
    const message = text('errors.evidence.tooLarge', { file: input.fileName, size: megabytes(bytes.length), limit: new Intl.NumberFormat('vi-VN').format(limit) });
    throw invalid(message, [issue('base64', message)]);
  }
  assertEvidenceTarget(db, input);
  const sha256 = sha256Of(bytes);
  storeEvidenceFile(ctx.config.dataDir, sha256, bytes);
  const mimeType = fileTypeOf(bytes, input.mimeType);
  const linkId = ctx.store.sqlite
    .transaction(() => {
      assertEvidenceTarget(db, input);
      db.insert(evidenceFiles).values({ sha256, sizeBytes: bytes.length, mimeType }).onConflictDoNothing().run();
      const link = db
        .insert(evidenceLinks)
        .values({
          sha256,
          auditId: input.auditId,
          itemId: input.itemId,
          findingId: input.findingId,
          correctiveActionId: input.correctiveActionId,
          fileName: input.fileName,
          createdBy: ctx.actor.name,
        })
        .returning({ id: evidenceLinks.id })
        .get();
      recordChange(ctx, {
        entity: 'evidence',
        entityId: link.id,
        action: 'create',
        changes: {
          auditId: input.auditId,
          itemId: input.itemId,
          findingId: input.findingId,
          correctiveActionId: input.correctiveActionId,
          fileName: input.fileName, sha256,
          sizeBytes: bytes.length,
        },
      });
      return link.id;
    })
    .immediate();
  return requireEvidenceView(db, linkId);
};

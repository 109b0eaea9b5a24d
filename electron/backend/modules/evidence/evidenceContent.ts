import { AppError, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { readEvidenceFile } from './evidenceFiles';
import { requireEvidenceView } from './evidenceViews';

/** The bytes for a preview or a download, refused if the stored file went missing or changed on disk. */
export const evidenceContent: ModuleHandlers<'evidence.content'>['evidence.content'] = (ctx, { id }) => {
  const view = requireEvidenceView(ctx.store.db, id);
  const bytes = readEvidenceFile(ctx.config.dataDir, view.sha256);
  if (!bytes) {
    throw new AppError('CONFLICT', text('errors.evidence.fileGone', { file: view.fileName }));
  }
  return { fileName: view.fileName, mimeType: view.mimeType, base64: bytes.toString('base64') };
};

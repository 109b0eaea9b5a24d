import type { ModuleHandlers } from '../../api/handlers';
import { AppError, text } from '../../api/errors';
import { latestVersion, readDigitalSignatures, readIssuedMinutes } from './issuedMinutesViews';
import { minutesDownloadName, minutesFilePath, readMinutesFile } from './minutesFiles';

/** Reopens a kept PDF: as issued, after a given signature, or the newest; refuses a file that changed. */
export const openMinutes: ModuleHandlers<'minutes.open'>['minutes.open'] = async (ctx, input) => {
  const row = readIssuedMinutes(ctx.store.db, input.minutesId);
  const signatures = readDigitalSignatures(ctx.store.db, row.id);
  const sequence = input.version ?? latestVersion(ctx.store.db, row).sequence;
  const sha256 = sequence === 0 ? row.pdfSha256 : signatures.find((s) => s.sequence === sequence)?.signedPdfSha256;
  if (!sha256) throw new AppError('NOT_FOUND', text('errors.minutes.noSignedVersion', { code: row.documentCode, sequence }));
  const pdf = await readMinutesFile(minutesFilePath(ctx.config.dataDir, row, sequence), sha256);
  return { fileName: minutesDownloadName(row, sequence), pdfBase64: pdf.toString('base64') };
};

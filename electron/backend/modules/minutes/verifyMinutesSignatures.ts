import type { PdfSignatureView } from '../../../shared/contract/signing';
import type { ModuleHandlers } from '../../api/handlers';
import { backgroundWork } from '../../workers/workerPool';
import { certificateCheckView } from '../signing/tokenCertificates';
import { readTrustList } from '../signing/trustList';
import { readIssuedMinutes, readLatestMinutesPdf } from './issuedMinutesViews';

/** Every signature of the newest file, checked on a worker thread against the trust list, in signing order. */
export const verifyMinutesSignatures: ModuleHandlers<'minutes.verifySignatures'>['minutes.verifySignatures'] = async (ctx, input) => {
  const row = readIssuedMinutes(ctx.store.db, input.minutesId);
  const { pdf } = await readLatestMinutesPdf(ctx.config.dataDir, ctx.store.db, row);
  const trusted = readTrustList(ctx.store.db).map((trustedRow) => trustedRow.der);
  const reports = await backgroundWork.run('signing.verifyPdf', { pdf, trusted, now: ctx.now() });
  return reports.map(
    (report): PdfSignatureView => ({ ...report, certificate: report.certificate ? certificateCheckView(report.certificate) : null }),
  );
};

import type { CertificateCheckView, TokenCertificateView } from '../../../shared/contract/signing';
import type { HandlerContext } from '../../api/context';
import type { ModuleHandlers } from '../../api/handlers';
import { checkCertificate } from '../../signing/certificates/checkCertificate';
import type { CertificateCheck } from '../../signing/certificates/checkCertificate';
import { checkRevocation } from '../../signing/certificates/revocation';
import { tokenWork } from '../../workers/workerPool';
import { readTrustList } from './trustList';

/** Raised by "Tìm lại thiết bị": each worker reloads the driver once to see tokens plugged in or pulled out since. */
let driverGeneration = 0;

export const currentDriverGeneration = () => driverGeneration;

export interface CheckedTokenCertificate {
  view: TokenCertificateView;
  certificate: Buffer;
  /** The CA certificates from the issuer upward, to embed in the signature. */
  chainDer: Buffer[];
}

export function certificateCheckView(check: CertificateCheck): CertificateCheckView {
  const { subjectName, issuerName, serialNumberHex, notBefore, notAfter, chain, trusted, revocation, refusal, warnings } = check;
  return { subjectName, issuerName, serialNumberHex, notBefore, notAfter, chain, trusted, revocation, refusal, warnings };
}

/** A certificate checked against the trust list at the store's clock, and against its issuer's CRL when the network allows. */
export async function checkAtStoreClock(ctx: HandlerContext, certificate: Buffer, intermediates: Buffer[]): Promise<CertificateCheck> {
  const trusted = readTrustList(ctx.store.db).map((row) => row.der);
  const now = ctx.now();
  const unchecked = checkCertificate({ certificate, intermediates, trusted, now, revocation: { status: 'NOT_CHECKED' } });
  // The CRL is verified with the issuer's key, so it is asked only once the issuer is known.
  const revocation = await checkRevocation(certificate, unchecked.chainDer[0], now);
  return revocation.status === 'NOT_CHECKED' ? unchecked : checkCertificate({ certificate, intermediates, trusted, now, revocation });
}

/**
 * The certificates on the tokens the driver sees, each checked against the trust list at the
 * store's clock, and against its issuer's CRL when the network allows (otherwise said plainly).
 */
export async function checkedTokenCertificates(ctx: HandlerContext, modulePath: string, rescan = false): Promise<CheckedTokenCertificate[]> {
  if (rescan) driverGeneration++;
  const listing = await tokenWork.run('signing.listTokenCertificates', { modulePath, generation: driverGeneration });
  const intermediates = listing.caCertificates.map((base64) => Buffer.from(base64, 'base64'));
  return Promise.all(
    listing.certificates.map(async (onToken) => {
      const certificate = Buffer.from(onToken.certificateBase64, 'base64');
      const check = await checkAtStoreClock(ctx, certificate, intermediates);
      const { tokenLabel, tokenSerial, certificateId, label } = onToken;
      return { view: { ...certificateCheckView(check), tokenLabel, tokenSerial, certificateId, label }, certificate, chainDer: check.chainDer };
    }),
  );
}

export const tokenCertificates: ModuleHandlers<'signing.tokenCertificates'>['signing.tokenCertificates'] = async (ctx, input) =>
  (await checkedTokenCertificates(ctx, input.modulePath, input.rescan)).map((checked) => checked.view);

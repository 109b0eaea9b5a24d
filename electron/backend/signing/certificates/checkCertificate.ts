import { X509Certificate } from 'node:crypto';
import { certificateDetails } from './certificateDetails';
import type { CertificateDetails } from './certificateDetails';
import { formatCalendarDate, localDateOf } from '../../../shared/dates';
import type { LocalizedText } from '../../../shared/i18n/catalog';
import { text } from '../../api/errors';

export interface ChainLink {
  subjectName: string;
  notAfter: string;
  /** True for a certificate in the ward's trust list. */
  trusted: boolean;
}

/** GOOD or REVOKED says how it was learnt (OCSP or CRL) and where; NOT_CHECKED claims nothing. */
export type RevocationStatus = { status: 'GOOD' | 'REVOKED'; method: 'OCSP' | 'CRL'; source: string } | { status: 'NOT_CHECKED' };

export interface CertificateCheck extends CertificateDetails {
  /** From the signer's issuer upward, as far as the certificates at hand reach. */
  chain: ChainLink[];
  /** The same links as DER, to embed in the signature so a verifier can build the path. */
  chainDer: Buffer[];
  /** The chain reaches a certificate in the trust list. */
  trusted: boolean;
  revocation: RevocationStatus;
  /** Why signing is refused (expired, not yet valid, not for signing, revoked), or null. */
  refusal: LocalizedText | null;
  /** What the signer should know but may sign anyway: an untrusted chain, revocation not checked. */
  warnings: LocalizedText[];
}

export interface CertificateCheckInput {
  certificate: Buffer;
  /** Intermediates at hand: from the token, the PKCS#12 file or the trust list. */
  intermediates: Buffer[];
  trusted: Buffer[];
  now: Date;
  revocation: RevocationStatus;
}

const MAX_CHAIN = 8;

/**
 * What TT 15/2025/TT-BKHCN asks to check before signing: the validity period, the key usage, the
 * path to a trusted root, and revocation; reported as catalog messages, read in the signer's language. Each link is verified by its
 * issuer's signature, not matched by name alone.
 */
export function checkCertificate(input: CertificateCheckInput): CertificateCheck {
  const details = certificateDetails(input.certificate);
  const trustedFingerprints = new Set(input.trusted.map((der) => new X509Certificate(der).fingerprint256));
  const pool = [...input.trusted, ...input.intermediates].map((der) => new X509Certificate(der));
  const chain: ChainLink[] = [];
  const chainDer: Buffer[] = [];
  let current = new X509Certificate(input.certificate);
  let trusted = trustedFingerprints.has(current.fingerprint256);
  while (!trusted && chain.length < MAX_CHAIN && !isSelfIssued(current)) {
    const child = current;
    const issuer = pool.find((candidate) => candidate.fingerprint256 !== child.fingerprint256 && child.checkIssued(candidate) && child.verify(candidate.publicKey));
    if (!issuer) break;
    trusted = trustedFingerprints.has(issuer.fingerprint256);
    chain.push({ subjectName: certificateDetails(issuer.raw).subjectName, notAfter: new Date(issuer.validTo).toISOString(), trusted });
    chainDer.push(issuer.raw);
    current = issuer;
  }

  const refusal =
    input.now < new Date(details.notBefore)
      ? text('errors.certificate.notYetValid', { date: day(details.notBefore) })
      : input.now > new Date(details.notAfter)
        ? text('errors.certificate.expired', { date: day(details.notAfter) })
        : !details.canSign
          ? text('errors.certificate.notForSigning')
          : input.revocation.status === 'REVOKED'
            ? text('errors.certificate.revoked')
            : null;
  const warnings: LocalizedText[] = [];
  if (!trusted && chain.length === 0 && isSelfSigned(new X509Certificate(input.certificate))) warnings.push(text('wayfinding.certificate.selfSigned'));
  if (!trusted) warnings.push(text('errors.certificate.untrusted', { name: chain.at(-1)?.subjectName ?? details.issuerName }));
  if (input.revocation.status === 'NOT_CHECKED') warnings.push(text('errors.certificate.revocationNotChecked'));
  return { ...details, chain, chainDer, trusted, revocation: input.revocation, refusal, warnings };
}

const day = (iso: string) => formatCalendarDate(localDateOf(new Date(iso)));

const isSelfIssued = (certificate: X509Certificate) => certificate.checkIssued(certificate) && certificate.verify(certificate.publicKey);

/** Names itself as issuer and is signed with its own key, whatever its key usage (a home-made signing certificate). */
const isSelfSigned = (certificate: X509Certificate) => certificate.subject === certificate.issuer && certificate.verify(certificate.publicKey);

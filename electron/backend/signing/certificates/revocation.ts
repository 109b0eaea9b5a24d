import { X509Certificate, verify } from 'node:crypto';
import { asn1, bytesOf, children, derElement, parseDer as parse, timeOf, uriNames } from '../derReading';
import type { RevocationStatus } from './checkCertificate';
import { askOcsp } from './ocsp';
import type { PostOcspRequest } from './ocsp';
import { SIGNATURE_HASHES } from './signatureHashes';

/** Fetches a CRL's bytes, or throws; a test passes its own. */
export type FetchBytes = (url: string) => Promise<Buffer>;

const FETCH_TIMEOUT_MS = 4000;

const fetchBytes: FetchBytes = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
};

/** The http(s) URLs of the certificate's CRL distribution points (RFC 5280 §4.2.1.13). */
export function crlUrls(certificate: Buffer): string[] {
  const tbs = children(parse(certificate))[0]!;
  const extensions = children(tbs).find((field) => field.tagClass === asn1().Class.CONTEXT_SPECIFIC && field.type === 3);
  const distribution = children(children(extensions)[0]).find((extension) => asn1().derToOid(children(extension)[0]!.value as string) === '2.5.29.31');
  if (!distribution) return [];
  return uriNames(parse(bytesOf(children(distribution).at(-1)!)));
}

/**
 * Reads a CRL the issuer signed and says whether the serial is on it. A CRL that does not verify
 * with the issuer's key, or is out of date, proves nothing and is thrown out.
 */
function serialIsRevoked(crl: Buffer, issuer: X509Certificate, serialHex: string, now: Date): boolean {
  const list = parse(crl);
  const [tbs, algorithm, signatureValue] = children(list);
  const tbsStart = 2 + (crl[1]! & 0x80 ? crl[1]! & 0x7f : 0);
  const tbsDer = crl.subarray(tbsStart, derElement(crl, tbsStart).end);
  const hash = SIGNATURE_HASHES[asn1().derToOid(children(algorithm)[0]!.value as string)];
  if (!hash) throw new Error('unsupported CRL signature algorithm');
  if (!verify(hash, tbsDer, issuer.publicKey, bytesOf(signatureValue!).subarray(1))) throw new Error('CRL signature does not verify');
  const fields = children(tbs);
  const start = fields[0]!.type === asn1().Type.INTEGER ? 1 : 0;
  const thisUpdate = timeOf(fields[start + 2]!);
  const maybeNext = fields[start + 3];
  const nextUpdate = maybeNext && (maybeNext.type === asn1().Type.UTCTIME || maybeNext.type === asn1().Type.GENERALIZEDTIME) ? timeOf(maybeNext) : null;
  if (thisUpdate > now || (nextUpdate && nextUpdate < now)) throw new Error('CRL out of date');
  const revoked = fields.slice(start + 3).find((field) => field.type === asn1().Type.SEQUENCE && field.tagClass === asn1().Class.UNIVERSAL);
  return children(revoked).some((entry) => bytesOf(children(entry)[0]!).toString('hex').replace(/^(00)+/, '') === serialHex);
}

/**
 * Asks the certificate's own OCSP responder (RFC 6960), else the CRLs it names, when the network
 * allows. Any failure (offline, timeout, an answer that does not verify, is stale or says
 * "unknown") leaves the status NOT_CHECKED: never a claim of GOOD.
 */
export async function checkRevocation(
  certificate: Buffer,
  issuer: Buffer | undefined,
  now: Date,
  fetchCrl: FetchBytes = fetchBytes,
  postOcsp?: PostOcspRequest,
): Promise<RevocationStatus> {
  if (!issuer) return { status: 'NOT_CHECKED' };
  const ocsp = await askOcsp(certificate, issuer, now, postOcsp);
  if (ocsp) return { status: ocsp.answer, method: 'OCSP', source: ocsp.url };
  const issuerCertificate = new X509Certificate(issuer);
  const serialHex = new X509Certificate(certificate).serialNumber.toLowerCase().replace(/^(00)+/, '');
  for (const url of crlUrls(certificate).slice(0, 2)) {
    try {
      const revoked = serialIsRevoked(await fetchCrl(url), issuerCertificate, serialHex, now);
      return { status: revoked ? 'REVOKED' : 'GOOD', method: 'CRL', source: url };
    } catch {
      // Try the next distribution point.
    }
  }
  return { status: 'NOT_CHECKED' };
}

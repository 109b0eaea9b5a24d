import { X509Certificate, createHash, verify } from 'node:crypto';
import { asn1, bytesOf, children, derChildren, derElement, isContextTag, oidOf, parseDer, timeOf, uriNames } from '../derReading';
import { SIGNATURE_HASHES } from './signatureHashes';

const OID_AUTHORITY_INFO_ACCESS = '1.3.6.1.5.5.7.1.1';
const OID_AD_OCSP = '1.3.6.1.5.5.7.48.1';
const OID_OCSP_BASIC = '1.3.6.1.5.5.7.48.1.1';
const OID_KP_OCSP_SIGNING = '1.3.6.1.5.5.7.3.9';
/** SHA-1 in the CertID only names the certificate (RFC 6960 §4.1.1); every responder accepts it. */
const SHA1_ALGORITHM = Buffer.from('300906052b0e03021a0500', 'hex');
/** A responder's clock may run a little ahead of the laptop's. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;

export type OcspAnswer = 'GOOD' | 'REVOKED';

/** Posts an OCSPRequest and returns the answer's bytes, or throws; a test may pass its own. */
export type PostOcspRequest = (url: string, request: Buffer) => Promise<Buffer>;

const OCSP_TIMEOUT_MS = 4000;

export const postOcspRequest: PostOcspRequest = async (url, request) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/ocsp-request', Accept: 'application/ocsp-response' },
    body: new Uint8Array(request),
    signal: AbortSignal.timeout(OCSP_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
};

/** The http(s) OCSP responder URLs in the certificate's Authority Information Access (RFC 5280 §4.2.2.1). */
export function ocspUrls(certificate: Buffer): string[] {
  const tbs = children(parseDer(certificate))[0]!;
  const extensions = children(tbs).find((field) => isContextTag(field, 3));
  const access = children(children(extensions)[0]).find((extension) => oidOf(children(extension)[0]) === OID_AUTHORITY_INFO_ACCESS);
  if (!access) return [];
  const descriptions = children(parseDer(bytesOf(children(access).at(-1)!)));
  return descriptions.filter((description) => oidOf(children(description)[0]) === OID_AD_OCSP).flatMap((description) => uriNames(children(description)[1]!));
}

const tlv = (tag: number, ...contents: Buffer[]): Buffer => {
  const body = Buffer.concat(contents);
  const length = body.length < 0x80 ? Buffer.from([body.length]) : lengthBytes(body.length);
  return Buffer.concat([Buffer.from([tag]), length, body]);
};

function lengthBytes(length: number): Buffer {
  const hex = length.toString(16);
  const bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
}

/** The CertID fields, from the bytes of the certificate and its issuer. */
function certId(certificate: Buffer, issuer: Buffer): { nameHash: Buffer; keyHash: Buffer; serial: Buffer } {
  const tbsFields = derChildren(derChildren(certificate)[0]!);
  const start = tbsFields[0]![0] === 0xa0 ? 1 : 0;
  const issuerName = tbsFields[start + 2]!;
  const spki = new X509Certificate(issuer).publicKey.export({ type: 'spki', format: 'der' });
  const keyBits = derChildren(spki)[1]!;
  // The BIT STRING's value without its unused-bits byte.
  const key = keyBits.subarray(derElement(keyBits, 0).contentStart + 1);
  return {
    nameHash: createHash('sha1').update(issuerName).digest(),
    keyHash: createHash('sha1').update(key).digest(),
    serial: tbsFields[start]!,
  };
}

/** OCSPRequest { tbsRequest { requestList { Request { CertID } } } }, unsigned, no extensions. */
export function ocspRequest(certificate: Buffer, issuer: Buffer): Buffer {
  const { nameHash, keyHash, serial } = certId(certificate, issuer);
  const id = tlv(0x30, SHA1_ALGORITHM, tlv(0x04, nameHash), tlv(0x04, keyHash), serial);
  return tlv(0x30, tlv(0x30, tlv(0x30, tlv(0x30, id))));
}

/** The responder's key: the issuer's own, or a certificate the issuer gave for OCSP signing (RFC 6960 §4.2.2.2). */
function responderKeys(issuer: X509Certificate, embedded: Buffer[]) {
  const delegated = embedded
    .map((der) => new X509Certificate(der))
    .filter((candidate) => candidate.checkIssued(issuer) && candidate.verify(issuer.publicKey) && (candidate.keyUsage ?? []).includes(OID_KP_OCSP_SIGNING));
  return [issuer.publicKey, ...delegated.map((certificate) => certificate.publicKey)];
}

/**
 * Reads an OCSP response for this certificate and says GOOD or REVOKED. Throws for anything that
 * proves nothing: not successful, not signed by the issuer or its delegated responder, about
 * another certificate, "unknown", or out of date.
 */
export function readOcspResponse(response: Buffer, certificate: Buffer, issuer: Buffer, now: Date): OcspAnswer {
  const [status, responseBytes] = derChildren(response);
  if (!status || status.at(-1) !== 0 || !responseBytes) throw new Error('OCSP response not successful');
  const [type, octets] = derChildren(derChildren(responseBytes)[0]!);
  if (oidOf(parseDer(type!)) !== OID_OCSP_BASIC) throw new Error('not a basic OCSP response');
  const basic = octets!.subarray(derElement(octets!, 0).contentStart);
  const [tbsResponseData, algorithm, signatureBits, certs] = derChildren(basic);
  const hash = SIGNATURE_HASHES[oidOf(children(parseDer(algorithm!))[0])];
  if (!hash) throw new Error('unsupported OCSP signature algorithm');
  const signature = signatureBits!.subarray(derElement(signatureBits!, 0).contentStart + 1);
  const embedded = certs ? derChildren(derChildren(certs)[0]!) : [];
  const issuerCertificate = new X509Certificate(issuer);
  if (!responderKeys(issuerCertificate, embedded).some((key) => verify(hash, tbsResponseData!, key, signature))) throw new Error('OCSP signature does not verify');

  const wanted = certId(certificate, issuer);
  const fields = children(parseDer(tbsResponseData!));
  const responses = fields.find((field, index) => index > 0 && field.tagClass === asn1().Class.UNIVERSAL && field.type === asn1().Type.SEQUENCE);
  const single = children(responses).find((response) => {
    const [, nameHash, keyHash, serial] = children(children(response)[0]);
    return bytesOf(nameHash!).equals(wanted.nameHash) && bytesOf(keyHash!).equals(wanted.keyHash) && bytesOf(serial!).equals(integerValue(wanted.serial));
  });
  if (!single) throw new Error('no answer for this certificate');
  const [, certStatus, thisUpdate, nextUpdate] = children(single);
  if (timeOf(thisUpdate!).getTime() > now.getTime() + CLOCK_SKEW_MS) throw new Error('OCSP answer from the future');
  if (isContextTag(nextUpdate, 0) && timeOf(children(nextUpdate)[0]!) < now) throw new Error('OCSP answer out of date');
  if (isContextTag(certStatus, 0)) return 'GOOD';
  if (isContextTag(certStatus, 1)) return 'REVOKED';
  throw new Error('responder does not know the certificate');
}

/** An INTEGER's value bytes, from its whole TLV. */
const integerValue = (integer: Buffer) => integer.subarray(derElement(integer, 0).contentStart);

/** Asks the certificate's OCSP responders in turn; null when none gave an answer that holds. */
export async function askOcsp(certificate: Buffer, issuer: Buffer, now: Date, post: PostOcspRequest = postOcspRequest): Promise<{ answer: OcspAnswer; url: string } | null> {
  const request = ocspRequest(certificate, issuer);
  for (const url of ocspUrls(certificate).slice(0, 2)) {
    try {
      return { answer: readOcspResponse(await post(url, request), certificate, issuer, now), url };
    } catch {
      // Try the next responder, then the CRL.
    }
  }
  return null;
}

import { X509Certificate, createHash, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { certificateDetails } from '../certificates/certificateDetails';
import { bytesOf, children, derChildren, isContextTag, oidOf, parseDer, timeOf, toDer } from '../derReading';
import type { SignatureTimestampView } from '../../../shared/contract/signing';
import { readCms } from '../verify/readCms';
import { DIGEST_HASHES, verifySignatureValue } from '../verify/signatureValue';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

export { OID_SIGNATURE_TIMESTAMP } from '../verify/readCms';
const OID_TST_INFO = '1.2.840.113549.1.9.16.1.4';
const OID_SHA256 = '2.16.840.1.101.3.4.2.1';

/** Why no timestamp was added: each is said to the signer, never passed over. */
export type TimestampFailure = Extract<SignatureTimestampView, { status: 'FAILED' }>['failure'];

export class TimestampError extends Error {
  constructor(
    readonly failure: TimestampFailure,
    detail: string,
  ) {
    super(detail);
  }
}

/** Posts a TimeStampReq and returns the answer's bytes; a test may pass its own. */
export type PostTimestampQuery = (url: string, request: Buffer) => Promise<Buffer>;

/** VGCA's TSA has answered in 2 to 131 s; past this the signature goes without a timestamp. */
const TSA_TIMEOUT_MS = 20_000;

const postTimestampQuery: PostTimestampQuery = async (url, request) => {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query', Accept: 'application/timestamp-reply' },
      body: new Uint8Array(request),
      signal: AbortSignal.timeout(TSA_TIMEOUT_MS),
    });
  } catch (error) {
    throw new TimestampError('UNREACHABLE', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new TimestampError('REFUSED', `HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
};

export interface SignatureTimestamp {
  /** The TimeStampToken (a CMS ContentInfo), exactly as the TSA signed it. */
  token: Buffer;
  time: Date;
  /** The TSA certificate's name. */
  authority: string;
}

const sequence = (items: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const der = (type: number, value: string) => asn1.create(asn1.Class.UNIVERSAL, type, false, value);

/** RFC 3161 §2.4.1: version 1, the SHA-256 imprint, a nonce, and the TSA's certificate asked for. */
function timestampRequest(imprint: Buffer, nonce: Buffer): Buffer {
  return toDer(
    sequence([
      der(asn1.Type.INTEGER, String.fromCharCode(1)),
      sequence([sequence([der(asn1.Type.OID, asn1.oidToDer(OID_SHA256).getBytes())]), der(asn1.Type.OCTETSTRING, imprint.toString('binary'))]),
      der(asn1.Type.INTEGER, nonce.toString('binary')),
      // certReq TRUE: the token carries the TSA's certificate.
      der(asn1.Type.BOOLEAN, String.fromCharCode(0xff)),
    ]),
  );
}

/**
 * Asks a time-stamping authority (RFC 3161) to stamp a signature value, as PAdES B-T puts it in the
 * signature-time-stamp attribute (ETSI EN 319 122-1 §5.3). The answer is checked before use: granted,
 * over this imprint and nonce, and signed by the TSA certificate it carries.
 */
export async function requestSignatureTimestamp(url: string, signatureValue: Buffer, post: PostTimestampQuery = postTimestampQuery): Promise<SignatureTimestamp> {
  const imprint = createHash('sha256').update(signatureValue).digest();
  const nonce = randomBytes(8);
  nonce[0] = (nonce[0]! & 0x7f) | 0x01; // positive, and no leading zero byte to trim
  const answer = await post(url, timestampRequest(imprint, nonce));
  let parts: Buffer[];
  let status: number;
  try {
    parts = derChildren(answer);
    status = Number.parseInt(bytesOf(children(parseDer(parts[0]!))[0]!).toString('hex') || '0', 16);
  } catch {
    throw new TimestampError('INVALID', 'not a TimeStampResp');
  }
  // PKIStatus granted (0) or grantedWithMods (1) carries a token; anything else is a refusal.
  if (status > 1 || !parts[1]) throw new TimestampError('REFUSED', `PKIStatus ${status}`);
  const token = Buffer.from(parts[1]);
  const checked = checkTimestampToken(token, signatureValue);
  const tstNonce = checked.nonce;
  if (!tstNonce || !tstNonce.equals(nonce)) throw new TimestampError('INVALID', 'nonce differs');
  return { token, time: checked.time, authority: checked.authority };
}

/**
 * Checks a TimeStampToken against the signature value it stamps: the TSTInfo's imprint, the CMS
 * digest of the TSTInfo, and the TSA's signature. Throws TimestampError('INVALID') when any fails.
 */
export function checkTimestampToken(token: Buffer, signatureValue: Buffer): { time: Date; authority: string; nonce: Buffer | null } {
  const invalid = (detail: string) => new TimestampError('INVALID', detail);
  let cms;
  let tstInfoDer: Buffer;
  try {
    cms = readCms(token);
    const encapsulated = children(children(children(children(parseDer(token))[1])[0])[2]);
    if (oidOf(encapsulated[0]) !== OID_TST_INFO || !isContextTag(encapsulated[1], 0)) throw invalid('not a TSTInfo');
    tstInfoDer = bytesOf(children(encapsulated[1])[0]!);
  } catch (error) {
    throw error instanceof TimestampError ? error : invalid('unreadable token');
  }
  const hash = DIGEST_HASHES[cms.digestAlgorithm];
  if (!hash || !cms.messageDigest?.equals(createHash(hash).update(tstInfoDer).digest())) throw invalid('TSTInfo digest differs');
  const signerDer = cms.certificates.find((certificate) => serialOf(certificate) === cms.serial.toString('hex').replace(/^(00)+/, ''));
  if (!signerDer) throw invalid('no TSA certificate');
  if (verifySignatureValue(hash, cms.signedAttributes, new X509Certificate(signerDer).publicKey, cms.signatureAlgorithm, cms.signature) !== true) throw invalid('TSA signature');

  const fields = children(parseDer(tstInfoDer));
  const [, , messageImprint, , genTime, ...optional] = fields;
  const [imprintAlgorithm, imprintHash] = children(messageImprint);
  const imprintHashName = DIGEST_HASHES[oidOf(children(imprintAlgorithm)[0])];
  if (!imprintHashName || !bytesOf(imprintHash!).equals(createHash(imprintHashName).update(signatureValue).digest())) throw invalid('imprint differs');
  const nonce = optional.find((field) => field.tagClass === asn1.Class.UNIVERSAL && field.type === asn1.Type.INTEGER);
  return { time: timeOf(genTime!), authority: certificateDetails(signerDer).subjectName, nonce: nonce ? bytesOf(nonce) : null };
}

const serialOf = (certificate: Buffer) => new X509Certificate(certificate).serialNumber.toLowerCase().replace(/^(00)+/, '');

import { X509Certificate, createHash } from 'node:crypto';
import type { LocalizedText } from '../../../shared/i18n/catalog';
import { text } from '../../api/errors';
import { checkCertificate } from '../certificates/checkCertificate';
import type { CertificateCheck } from '../certificates/checkCertificate';
import { PdfFile } from '../pdfFile';
import { PdfString } from '../pdfSyntax';
import { pdfDateToIso, signatureFieldRefs, textOf } from '../signatureFields';
import { readCms } from './readCms';
import { DIGEST_HASHES, verifySignatureValue } from './signatureValue';
import { checkTimestampToken } from '../timestamps/signatureTimestamp';
import type { PdfTimestampView } from '../../../shared/contract/signing';

export type ChangedAfter = 'NONE' | 'LATER_SIGNATURES' | 'UNSIGNED_CHANGES';

export interface PdfSignatureReport {
  fieldName: string;
  /** The claimed signing time (/M). */
  signedAt: string | null;
  /** The digest matches the signed bytes and the signature value verifies with the signer's certificate. */
  valid: boolean;
  problem: LocalizedText | null;
  /** What happened to the file after this signature: nothing, only later signatures, or changes nobody signed. */
  changedAfter: ChangedAfter;
  certificate: CertificateCheck | null;
  timestamp: PdfTimestampView | null;
}


interface FoundSignature {
  fieldName: string;
  signedAt: string | null;
  byteRange: number[];
  contents: Buffer;
}

function signaturesIn(pdf: Buffer): FoundSignature[] {
  const file = new PdfFile(pdf);
  return signatureFieldRefs(file).flatMap((ref) => {
    const field = file.dict(ref, 'Signature field');
    const value = file.resolve(field.get('V'));
    if (!(value instanceof Map)) return [];
    const byteRange = file.resolve(value.get('ByteRange'));
    const contents = file.resolve(value.get('Contents'));
    if (!Array.isArray(byteRange) || byteRange.length !== 4 || !byteRange.every((n) => typeof n === 'number') || !(contents instanceof PdfString)) return [];
    return [{ fieldName: textOf(field.get('T')), signedAt: pdfDateToIso(textOf(value.get('M'))), byteRange: byteRange as number[], contents: contents.bytes }];
  });
}

/**
 * Checks every signature of a PDF as a reader would, in the order they were made: does the digest
 * match the bytes it covers, does the signature verify with the embedded certificate, what changed
 * after it, and does the certificate chain reach the ward's trust list.
 */
export function verifyPdfSignatures(pdf: Buffer, trusted: Buffer[], now: Date): PdfSignatureReport[] {
  const found = signaturesIn(pdf).sort((a, b) => a.byteRange[2]! + a.byteRange[3]! - (b.byteRange[2]! + b.byteRange[3]!));
  const checked = found.map((signature) => ({ signature, ...verifyOne(pdf, signature, trusted, now) }));
  const lastWholeValid = checked.some((c) => c.valid && end(c.signature) === pdf.length);
  return checked.map(({ signature, valid, problem, certificate, timestamp }) => ({
    fieldName: signature.fieldName,
    signedAt: signature.signedAt,
    valid,
    problem,
    changedAfter: end(signature) === pdf.length ? 'NONE' : lastWholeValid ? 'LATER_SIGNATURES' : 'UNSIGNED_CHANGES',
    certificate,
    timestamp,
  }));
}

const end = (signature: FoundSignature) => signature.byteRange[2]! + signature.byteRange[3]!;

interface SignatureCheck {
  valid: boolean;
  problem: LocalizedText | null;
  certificate: CertificateCheck | null;
  timestamp: PdfTimestampView | null;
}

/** The signature's timestamp, checked against its signature value; an unreadable one is shown as not valid. */
function timestampOf(token: Buffer | null, signatureValue: Buffer): PdfTimestampView | null {
  if (!token) return null;
  try {
    const { time, authority } = checkTimestampToken(token, signatureValue);
    return { time: time.toISOString(), authority, valid: true };
  } catch {
    return { time: '', authority: '', valid: false };
  }
}

function verifyOne(pdf: Buffer, signature: FoundSignature, trusted: Buffer[], now: Date): SignatureCheck {
  const [start1, length1, start2, length2] = signature.byteRange as [number, number, number, number];
  const signed = Buffer.concat([pdf.subarray(start1, start1 + length1), pdf.subarray(start2, start2 + length2)]);
  let cms;
  try {
    cms = readCms(signature.contents);
  } catch {
    return { valid: false, problem: text('errors.signatureCheck.unreadable'), certificate: null, timestamp: null };
  }
  const signerDer =
    cms.certificates.find((der) => new X509Certificate(der).serialNumber.replace(/^0+/, '').toLowerCase() === cms.serial.toString('hex').replace(/^0+/, '')) ?? cms.certificates[0];
  if (!signerDer) return { valid: false, problem: text('errors.signatureCheck.unreadable'), certificate: null, timestamp: null };
  const signer = new X509Certificate(signerDer);
  // Checked at the claimed signing time: a certificate that expired since does not undo a signature made while it was valid.
  const at = signature.signedAt ? new Date(signature.signedAt) : now;
  const certificate = checkCertificate({ certificate: signerDer, intermediates: cms.certificates, trusted, now: at, revocation: { status: 'NOT_CHECKED' } });
  const timestamp = timestampOf(cms.timestampToken, cms.signature);
  const hash = DIGEST_HASHES[cms.digestAlgorithm];
  if (!hash) return { valid: false, problem: text('errors.signatureCheck.unsupportedAlgorithm', { oid: cms.digestAlgorithm }), certificate, timestamp };
  const digest = createHash(hash).update(signed).digest();
  if (cms.messageDigest && !cms.messageDigest.equals(digest)) return { valid: false, problem: text('errors.signatureCheck.digestMismatch'), certificate, timestamp };
  const covered = cms.messageDigest ? cms.signedAttributes : signed;
  const verified = verifySignatureValue(hash, covered, signer.publicKey, cms.signatureAlgorithm, cms.signature);
  if (verified === null) return { valid: false, problem: text('errors.signatureCheck.unsupportedAlgorithm', { oid: cms.signatureAlgorithm }), certificate, timestamp };
  return { valid: verified, problem: verified ? null : text('errors.signatureCheck.badSignature'), certificate, timestamp };
}

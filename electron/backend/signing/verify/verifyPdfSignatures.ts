import { X509Certificate, constants, createHash, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { LocalizedText } from '../../../shared/i18n/catalog';
import { text } from '../../api/errors';
import { checkCertificate } from '../certificates/checkCertificate';
import type { CertificateCheck } from '../certificates/checkCertificate';
import { PdfFile } from '../pdfFile';
import { PdfString } from '../pdfSyntax';
import { pdfDateToIso, signatureFieldRefs, textOf } from '../signatureFields';
import { readCms } from './readCms';

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
}

const HASHES: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const RSA_PKCS1 = new Set(['1.2.840.113549.1.1.1', '1.2.840.113549.1.1.11', '1.2.840.113549.1.1.12', '1.2.840.113549.1.1.13']);
const RSA_PSS = '1.2.840.113549.1.1.10';
const ECDSA = new Set(['1.2.840.10045.4.3.2', '1.2.840.10045.4.3.3', '1.2.840.10045.4.3.4']);

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
  return checked.map(({ signature, valid, problem, certificate }) => ({
    fieldName: signature.fieldName,
    signedAt: signature.signedAt,
    valid,
    problem,
    changedAfter: end(signature) === pdf.length ? 'NONE' : lastWholeValid ? 'LATER_SIGNATURES' : 'UNSIGNED_CHANGES',
    certificate,
  }));
}

const end = (signature: FoundSignature) => signature.byteRange[2]! + signature.byteRange[3]!;

function verifyOne(pdf: Buffer, signature: FoundSignature, trusted: Buffer[], now: Date): { valid: boolean; problem: LocalizedText | null; certificate: CertificateCheck | null } {
  const [start1, length1, start2, length2] = signature.byteRange as [number, number, number, number];
  const signed = Buffer.concat([pdf.subarray(start1, start1 + length1), pdf.subarray(start2, start2 + length2)]);
  let cms;
  try {
    cms = readCms(signature.contents);
  } catch {
    return { valid: false, problem: text('errors.signatureCheck.unreadable'), certificate: null };
  }
  const signerDer =
    cms.certificates.find((der) => new X509Certificate(der).serialNumber.replace(/^0+/, '').toLowerCase() === cms.serial.toString('hex').replace(/^0+/, '')) ?? cms.certificates[0];
  if (!signerDer) return { valid: false, problem: text('errors.signatureCheck.unreadable'), certificate: null };
  const signer = new X509Certificate(signerDer);
  // Checked at the claimed signing time: a certificate that expired since does not undo a signature made while it was valid.
  const at = signature.signedAt ? new Date(signature.signedAt) : now;
  const certificate = checkCertificate({ certificate: signerDer, intermediates: cms.certificates, trusted, now: at, revocation: { status: 'NOT_CHECKED' } });
  const hash = HASHES[cms.digestAlgorithm];
  if (!hash) return { valid: false, problem: text('errors.signatureCheck.unsupportedAlgorithm', { oid: cms.digestAlgorithm }), certificate };
  const digest = createHash(hash).update(signed).digest();
  if (cms.messageDigest && !cms.messageDigest.equals(digest)) return { valid: false, problem: text('errors.signatureCheck.digestMismatch'), certificate };
  const covered = cms.messageDigest ? cms.signedAttributes : signed;
  const verified = verifySignatureValue(hash, covered, signer.publicKey, cms.signatureAlgorithm, cms.signature);
  if (verified === null) return { valid: false, problem: text('errors.signatureCheck.unsupportedAlgorithm', { oid: cms.signatureAlgorithm }), certificate };
  return { valid: verified, problem: verified ? null : text('errors.signatureCheck.badSignature'), certificate };
}

function verifySignatureValue(hash: string, data: Buffer, key: KeyObject, algorithm: string, signature: Buffer): boolean | null {
  if (RSA_PKCS1.has(algorithm)) return verify(hash, data, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
  if (algorithm === RSA_PSS) return verify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, signature);
  if (ECDSA.has(algorithm)) return verify(hash, data, key, signature);
  return null;
}

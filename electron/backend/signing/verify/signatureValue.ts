import { constants, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/** Digest algorithm OIDs and their node:crypto names (SHA-1 is not among them: TT 15/2025 does not list it). */
export const DIGEST_HASHES: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

const RSA_PKCS1 = new Set(['1.2.840.113549.1.1.1', '1.2.840.113549.1.1.11', '1.2.840.113549.1.1.12', '1.2.840.113549.1.1.13']);
const RSA_PSS = '1.2.840.113549.1.1.10';
const ECDSA = new Set(['1.2.840.10045.4.3.2', '1.2.840.10045.4.3.3', '1.2.840.10045.4.3.4']);

/** Verifies a CMS signature value by its algorithm OID; null for an algorithm the app does not know. */
export function verifySignatureValue(hash: string, data: Buffer, key: KeyObject, algorithm: string, signature: Buffer): boolean | null {
  if (RSA_PKCS1.has(algorithm)) return verify(hash, data, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
  if (algorithm === RSA_PSS) return verify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, signature);
  if (ECDSA.has(algorithm)) return verify(hash, data, key, signature);
  return null;
}

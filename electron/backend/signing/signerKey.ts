/**
 * How the signature value is made: RSASSA-PSS (named by TT 15/2025/TT-BKHCN), RSA PKCS#1 v1.5, or
 * ECDSA, each over SHA-256. Recorded with every signature.
 */
export type SignatureAlgorithm = 'RSA_PSS_SHA256' | 'RSA_PKCS1_SHA256' | 'ECDSA_SHA256';

/** A certificate and a way to sign with its key: in memory (PKCS#12) or on a token (PKCS#11), where the key never leaves. */
export interface SignerKey {
  /** DER of the signer's certificate, exactly as issued. */
  certificate: Buffer;
  /** DER of the other certificates to embed (intermediate and root CAs). */
  chain: Buffer[];
  subjectName: string;
  serialNumberHex: string;
  algorithm: SignatureAlgorithm;
  /** Hashes the data with SHA-256 and signs the hash with the key. */
  signSha256(data: Buffer): Promise<Buffer>;
}

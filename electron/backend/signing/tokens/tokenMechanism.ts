import pkcs11js from 'pkcs11js';
import type { SignatureAlgorithm } from '../signerKey';

export type TokenKeyType = 'RSA' | 'EC';

export interface TokenMechanism {
  /** The CKM_ name, recorded with the signature. */
  name: string;
  mechanism: pkcs11js.Mechanism;
  algorithm: SignatureAlgorithm;
  /** True when the token hashes the data itself; otherwise the app passes it the SHA-256 (a DigestInfo for raw RSA). */
  hashesOnToken: boolean;
}

const pss = (mechanism: number): pkcs11js.Mechanism => ({
  mechanism,
  parameter: { type: pkcs11js.CK_PARAMS_RSA_PSS, hashAlg: pkcs11js.CKM_SHA256, mgf: pkcs11js.CKG_MGF1_SHA256, saltLen: 32 } as pkcs11js.RsaPSS,
});

/** In order of preference: RSASSA-PSS as TT 15/2025/TT-BKHCN names it, then PKCS#1 v1.5; for EC keys ECDSA. */
const preferences: Record<TokenKeyType, Array<Omit<TokenMechanism, 'mechanism'> & { mechanism: () => pkcs11js.Mechanism; id: number }>> = {
  RSA: [
    { id: pkcs11js.CKM_SHA256_RSA_PKCS_PSS, name: 'CKM_SHA256_RSA_PKCS_PSS', algorithm: 'RSA_PSS_SHA256', hashesOnToken: true, mechanism: () => pss(pkcs11js.CKM_SHA256_RSA_PKCS_PSS) },
    { id: pkcs11js.CKM_RSA_PKCS_PSS, name: 'CKM_RSA_PKCS_PSS', algorithm: 'RSA_PSS_SHA256', hashesOnToken: false, mechanism: () => pss(pkcs11js.CKM_RSA_PKCS_PSS) },
    { id: pkcs11js.CKM_SHA256_RSA_PKCS, name: 'CKM_SHA256_RSA_PKCS', algorithm: 'RSA_PKCS1_SHA256', hashesOnToken: true, mechanism: () => ({ mechanism: pkcs11js.CKM_SHA256_RSA_PKCS }) },
    { id: pkcs11js.CKM_RSA_PKCS, name: 'CKM_RSA_PKCS', algorithm: 'RSA_PKCS1_SHA256', hashesOnToken: false, mechanism: () => ({ mechanism: pkcs11js.CKM_RSA_PKCS }) },
  ],
  EC: [
    { id: pkcs11js.CKM_ECDSA_SHA256, name: 'CKM_ECDSA_SHA256', algorithm: 'ECDSA_SHA256', hashesOnToken: true, mechanism: () => ({ mechanism: pkcs11js.CKM_ECDSA_SHA256 }) },
    { id: pkcs11js.CKM_ECDSA, name: 'CKM_ECDSA', algorithm: 'ECDSA_SHA256', hashesOnToken: false, mechanism: () => ({ mechanism: pkcs11js.CKM_ECDSA }) },
  ],
};

/** The best SHA-256 signing mechanism among those the token lists (C_GetMechanismList), or null when none fits. */
export function chooseMechanism(keyType: TokenKeyType, offered: readonly number[]): TokenMechanism | null {
  const found = preferences[keyType].find((candidate) => offered.includes(candidate.id));
  if (!found) return null;
  return { name: found.name, algorithm: found.algorithm, hashesOnToken: found.hashesOnToken, mechanism: found.mechanism() };
}

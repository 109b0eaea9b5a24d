import pkcs11js from 'pkcs11js';
import { describe, expect, it } from 'vitest';
import { chooseMechanism } from '../../electron/backend/signing/tokens/tokenMechanism';
import { tokenModuleCandidates } from '../../electron/backend/signing/tokens/tokenModules';

describe('choosing the signing mechanism from what the token offers', () => {
  const names = (keyType: 'RSA' | 'EC', offered: number[]) => chooseMechanism(keyType, offered)?.name ?? null;

  it('prefers RSASSA-PSS, hashed on the token, then raw PSS, then PKCS#1 v1.5', () => {
    const all = [pkcs11js.CKM_RSA_PKCS, pkcs11js.CKM_SHA256_RSA_PKCS, pkcs11js.CKM_RSA_PKCS_PSS, pkcs11js.CKM_SHA256_RSA_PKCS_PSS];
    expect(names('RSA', all)).toBe('CKM_SHA256_RSA_PKCS_PSS');
    expect(names('RSA', [pkcs11js.CKM_RSA_PKCS, pkcs11js.CKM_RSA_PKCS_PSS])).toBe('CKM_RSA_PKCS_PSS');
    expect(names('RSA', [pkcs11js.CKM_RSA_PKCS, pkcs11js.CKM_SHA256_RSA_PKCS])).toBe('CKM_SHA256_RSA_PKCS');
    expect(names('RSA', [pkcs11js.CKM_RSA_PKCS])).toBe('CKM_RSA_PKCS');
    expect(chooseMechanism('RSA', all)!.mechanism.parameter).toMatchObject({ hashAlg: pkcs11js.CKM_SHA256, mgf: pkcs11js.CKG_MGF1_SHA256, saltLen: 32 });
  });

  it('signs EC keys with ECDSA, and finds nothing when the token offers no fitting mechanism', () => {
    expect(chooseMechanism('EC', [pkcs11js.CKM_ECDSA, pkcs11js.CKM_ECDSA_SHA256])).toMatchObject({ name: 'CKM_ECDSA_SHA256', algorithm: 'ECDSA_SHA256', hashesOnToken: true });
    expect(chooseMechanism('EC', [pkcs11js.CKM_ECDSA])).toMatchObject({ name: 'CKM_ECDSA', hashesOnToken: false });
    expect(chooseMechanism('EC', [pkcs11js.CKM_SHA256_RSA_PKCS])).toBeNull();
    expect(chooseMechanism('RSA', [pkcs11js.CKM_ECDSA, pkcs11js.CKM_SHA1_RSA_PKCS])).toBeNull();
  });
});

describe('where the token drivers are looked for', () => {
  it('on Windows: each driver in System32 and SysWOW64, those present first', () => {
    const present = new Set(['C:\\Windows\\System32\\viettel-ca_v6.dll']);
    const candidates = tokenModuleCandidates('win32', (file) => present.has(file));
    expect(candidates[0]).toEqual({ vendor: 'Viettel-CA', path: 'C:\\Windows\\System32\\viettel-ca_v6.dll', present: true });
    expect(candidates.filter((c) => c.present)).toHaveLength(1);
    expect(candidates.map((c) => c.path)).toContain('C:\\Windows\\SysWOW64\\bit4xpki.dll');
    expect(candidates.map((c) => c.path)).toContain('C:\\Windows\\System32\\vnptca_p11_v10.dll');
  });

  it('on Linux: the full paths, those installed first', () => {
    const candidates = tokenModuleCandidates('linux', (file) => file === '/usr/lib/softhsm/libsofthsm2.so');
    expect(candidates[0]).toEqual({ vendor: 'SoftHSM2 (thiết bị ảo để thử nghiệm)', path: '/usr/lib/softhsm/libsofthsm2.so', present: true });
    expect(candidates.filter((c) => c.present)).toHaveLength(1);
    expect(candidates.map((c) => c.path)).toContain('/usr/lib/bit4id/libbit4xpki.so');
  });
});

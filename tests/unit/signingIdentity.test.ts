import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { describe, expect, it, vi } from 'vitest';
import { distinguishedNameText, openSigningIdentity, pkcs12Certificates } from '../../electron/backend/signing/signingIdentity';
import { certificateDer, issueTestCertificate, makeTestAuthority, makeTestP12 } from '../support/fixtures/minutesCertificates';
import { refusalOf } from '../support/refusal';

const NOW = new Date('2026-11-25T03:15:00Z');
const SIGNER = 'Lê Thị Hồng Nhung';

/** The certificates and keys inside a test PKCS#12 file, to build files a CA would never issue. */
function partsOf(p12: Buffer, password: string) {
  const pfx = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), password);
  const certificates = pfx.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag]!.map((bag) => bag.cert!);
  const key = pfx.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]![0]!.key as forge.pki.rsa.PrivateKey;
  return { certificates, key };
}
const toP12 = (key: forge.pki.rsa.PrivateKey | null, certificates: forge.pki.Certificate[], password: string, useMac = true) =>
  Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, certificates, password, { algorithm: '3des', useMac })).getBytes(), 'binary');

const REFUSAL = {
  corrupt: 'Tệp chứng thư số bị hỏng hoặc không phải tệp PKCS#12 (.p12, .pfx). Hãy chọn lại tệp do tổ chức cung cấp chữ ký số cấp.',
  wrongPassword: 'Mật khẩu của tệp chứng thư số không đúng. Hãy nhập lại.',
  noKey: 'Tệp chứng thư số không chứa khóa bí mật khớp với chứng thư, nên không thể ký.',
  notRsa: 'Tệp chứng thư số dùng loại khóa ứng dụng chưa hỗ trợ; chỉ ký được bằng khóa RSA.',
};
/** The refusal's message and the field it points at. */
const refusedAs = (action: () => unknown) => {
  const error = refusalOf(action);
  return { message: error.message, path: error.issues?.[0]?.path };
};

describe('the signing certificate', () => {
  it('can sign from the first to the last second of its validity', () => {
    const p12 = makeTestP12({ commonName: SIGNER, password: 'p', notBefore: NOW, notAfter: NOW });
    const identity = openSigningIdentity(p12, 'p', NOW);
    expect(identity.notAfter.getTime()).toBe(NOW.getTime());
    const justBefore = new Date(NOW.getTime() - 1000);
    const justAfter = new Date(NOW.getTime() + 1000);
    expect(refusalOf(() => openSigningIdentity(p12, 'p', justBefore)).message).toMatch(/^Chứng thư số chỉ có hiệu lực từ ngày 25\/11\/2026;/);
    expect(refusalOf(() => openSigningIdentity(p12, 'p', justAfter)).message).toMatch(/^Chứng thư số đã hết hiệu lực từ ngày 25\/11\/2026;/);
  });

  it('accepts a key usage of digital signature alone', () => {
    expect(openSigningIdentity(makeTestP12({ commonName: SIGNER, password: 'p', keyUsage: { digitalSignature: true } }), 'p', NOW).subjectName).toBe(SIGNER);
  });

  it('gives the signer certificate, and the rest of the file as the chain', () => {
    const p12 = makeTestP12({ commonName: SIGNER, password: 'p' });
    const identity = openSigningIdentity(p12, 'p', NOW);
    const { certificates } = partsOf(p12, 'p');
    const der = (cert: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
    const signer = certificates.find((c) => !(c.getExtension('basicConstraints') as { cA?: boolean }).cA)!;
    expect(identity.certificate.equals(der(signer))).toBe(true);
    expect(identity.chain).toHaveLength(1);
    expect(identity.chain[0]!.equals(der(signer))).toBe(false);
    expect(identity.issuerName).toContain('CA Thử nghiệm Kiểm tra');
    expect(identity.privateKey.asymmetricKeyType).toBe('rsa');
  });

  it('refuses a file with certificates but no key, and a key that matches no certificate', () => {
    const { certificates, key } = partsOf(makeTestP12({ commonName: SIGNER, password: 'p' }), 'p');
    const noKey = refusalOf(() => openSigningIdentity(toP12(null, certificates, 'p'), 'p', NOW));
    expect(noKey.message).toBe(REFUSAL.noKey);
    expect(noKey.issues).toEqual([{ path: 'p12', message: noKey.message, text: { key: 'errors.certificate.noKey' } }]);
    const other = partsOf(makeTestP12({ commonName: 'Người khác', password: 'p', keyIndex: 3 }), 'p');
    const mismatched = refusalOf(() => openSigningIdentity(toP12(other.key, certificates, 'p'), 'p', NOW));
    expect(mismatched.message).toBe('Tệp chứng thư số không chứa khóa bí mật khớp với chứng thư, nên không thể ký.');
    expect(openSigningIdentity(toP12(key, certificates, 'p'), 'p', NOW).subjectName).toBe(SIGNER);
  });
});

/** A PKCS#12 file as openssl writes one (PBES2 with AES, a SHA-256 MAC) around an elliptic-curve key, which forge cannot make. */
function ellipticCurveP12(password: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ec-p12-'));
  const [key, cert, p12] = ['key.pem', 'cert.pem', 'file.p12'].map((name) => path.join(dir, name)) as [string, string, string];
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=EC Signer', '-days', '3650', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    execFileSync('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-passout', `pass:${password}`, '-out', p12], { stdio: 'ignore' });
    return fs.readFileSync(p12);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const derOf = (node: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');

describe('what a PKCS#12 file holds, and the refusal for each file that cannot sign', () => {
  it('picks the certificate whose public key is the key’s, wherever it stands, and keeps the others in file order as the chain', () => {
    const { key } = partsOf(makeTestP12({ commonName: SIGNER, password: 'p' }), 'p');
    const otherKey = partsOf(makeTestP12({ commonName: 'Người khác', password: 'p', keyIndex: 3 }), 'p').key;
    const authority = makeTestAuthority();
    const signer = issueTestCertificate(authority, forge.pki.setRsaPublicKey(key.n, key.e), { commonName: SIGNER });
    // The same modulus with another exponent is another public key: the key must match both.
    const sameModulus = issueTestCertificate(authority, forge.pki.setRsaPublicKey(key.n, new forge.jsbn.BigInteger('3')), { commonName: 'Cùng modulus' });
    const otherSigner = issueTestCertificate(authority, forge.pki.setRsaPublicKey(otherKey.n, otherKey.e), { commonName: 'Người khác' });
    const p12 = toP12(key, [authority.certificate, sameModulus, otherSigner, signer], 'p');
    const others = [authority.certificate, sameModulus, otherSigner].map(certificateDer);

    const identity = openSigningIdentity(p12, 'p', NOW);
    expect(identity.subjectName).toBe(SIGNER);
    expect(identity.issuerName).toBe('CA Thử nghiệm Kiểm tra');
    expect(identity.certificate.equals(certificateDer(signer))).toBe(true);
    expect(identity.chain).toEqual(others);
    expect(pkcs12Certificates(p12, 'p')).toEqual({ certificate: certificateDer(signer), others });
  });

  it('refuses a file whose key is not RSA, as openssl writes one with an elliptic-curve key', () => {
    const p12 = ellipticCurveP12('p');
    expect(refusedAs(() => openSigningIdentity(p12, 'p', NOW))).toEqual({ message: REFUSAL.notRsa, path: 'p12' });
    expect(refusedAs(() => pkcs12Certificates(p12, 'p'))).toEqual({ message: REFUSAL.notRsa, path: 'p12' });
    expect(refusedAs(() => openSigningIdentity(p12, 'sai', NOW))).toEqual({ message: REFUSAL.wrongPassword, path: 'password' });
  });

  it('refuses a wrong password on a file without a MAC, where only the key fails to decrypt', () => {
    const { certificates, key } = partsOf(makeTestP12({ commonName: SIGNER, password: 'p' }), 'p');
    // A fixed salt: with a random one, a wrong password passes 3DES's padding check in about one file of 256, and the key reads as garbage.
    const randomBytes = vi.spyOn(forge.random, 'getBytesSync').mockImplementation((count: number) => 'Z'.repeat(count));
    let withoutMac: Buffer;
    try {
      withoutMac = toP12(key, certificates, 'đúng', false);
    } finally {
      randomBytes.mockRestore();
    }
    expect((forge.asn1.fromDer(withoutMac.toString('binary')).value as forge.asn1.Asn1[]).map((part) => part.type)).toEqual([
      forge.asn1.Type.INTEGER,
      forge.asn1.Type.SEQUENCE,
    ]);
    expect(openSigningIdentity(withoutMac, 'đúng', NOW).subjectName).toBe(SIGNER);
    expect(refusedAs(() => openSigningIdentity(withoutMac, 'sai', NOW))).toEqual({ message: REFUSAL.wrongPassword, path: 'password' });
  });

  it('opens a file protected by an empty password with the empty password only', () => {
    const p12 = makeTestP12({ commonName: SIGNER, password: '' });
    expect(openSigningIdentity(p12, '', NOW).subjectName).toBe(SIGNER);
    expect(refusedAs(() => openSigningIdentity(p12, 'p', NOW))).toEqual({ message: REFUSAL.wrongPassword, path: 'password' });
    const withPassword = makeTestP12({ commonName: SIGNER, password: 'p' });
    expect(refusedAs(() => openSigningIdentity(withPassword, '', NOW))).toEqual({ message: REFUSAL.wrongPassword, path: 'password' });
  });

  it('refuses a DER file that is not PKCS#12, such as a certificate on its own, as corrupt', () => {
    const { certificates } = partsOf(makeTestP12({ commonName: SIGNER, password: 'p' }), 'p');
    expect(refusedAs(() => openSigningIdentity(certificateDer(certificates[0]!), 'p', NOW))).toEqual({ message: REFUSAL.corrupt, path: 'p12' });
    expect(refusedAs(() => pkcs12Certificates(certificateDer(certificates[0]!), 'p'))).toEqual({ message: REFUSAL.corrupt, path: 'p12' });
  });

  it('reads a file whose only SafeContents is empty as one holding no key', () => {
    const { asn1 } = forge;
    const dataContent = (bytes: string) =>
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(forge.pki.oids.data!).getBytes()),
        asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes)]),
      ]);
    const authenticatedSafe = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [dataContent('')]);
    const pfx = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(3).getBytes()),
      dataContent(asn1.toDer(authenticatedSafe).getBytes()),
    ]);
    expect(refusedAs(() => openSigningIdentity(derOf(pfx), '', NOW))).toEqual({ message: REFUSAL.noKey, path: 'p12' });
  });

  it('names, in the refusal, the day in Vietnam on which the certificate expired or becomes valid', () => {
    const expired = makeTestP12({ commonName: SIGNER, password: 'p', notAfter: new Date('2026-06-30T17:00:00Z') });
    expect(refusedAs(() => openSigningIdentity(expired, 'p', NOW))).toEqual({
      message: 'Chứng thư số đã hết hiệu lực từ ngày 01/07/2026; không thể ký bằng chứng thư này.',
      path: 'p12',
    });
    const early = makeTestP12({ commonName: SIGNER, password: 'p', notBefore: new Date('2026-12-31T16:59:59Z') });
    expect(refusedAs(() => openSigningIdentity(early, 'p', NOW))).toEqual({
      message: 'Chứng thư số chỉ có hiệu lực từ ngày 31/12/2026; chưa thể ký bằng chứng thư này.',
      path: 'p12',
    });
  });
});

describe('the signer’s name as the app shows it', () => {
  type Attribute = forge.pki.CertificateField;
  const attribute = (shortName: string | undefined, value: string, type: forge.asn1.Type, name = shortName): Attribute =>
    ({ shortName, name, value, valueTagClass: type as unknown as forge.asn1.Class }) as Attribute;
  const utf8 = (text: string) => forge.util.encodeUtf8(text);
  const bmp = (text: string) => Buffer.from(text, 'utf16le').swap16().toString('binary');
  const named = (...attributes: Attribute[]) => ({ attributes }) as unknown as forge.pki.Certificate['subject'];

  it('is the common name, decoded from UTF8String or BMPString and normalised to NFC', () => {
    const decomposed = 'Nguyễn Thị Thủy'.normalize('NFD');
    expect(distinguishedNameText(named(attribute('O', utf8('UBND phường'), forge.asn1.Type.UTF8), attribute('CN', utf8(decomposed), forge.asn1.Type.UTF8)))).toBe('Nguyễn Thị Thủy');
    expect(distinguishedNameText(named(attribute('CN', bmp('Lê Văn Đức'), forge.asn1.Type.BMPSTRING)))).toBe('Lê Văn Đức');
    expect(distinguishedNameText(named(attribute('CN', 'Tran Van A', forge.asn1.Type.PRINTABLESTRING)))).toBe('Tran Van A');
  });

  it('is the whole name, attribute by attribute, when there is no common name', () => {
    const name = named(
      attribute('C', 'VN', forge.asn1.Type.PRINTABLESTRING),
      attribute('O', utf8('Ủy ban nhân dân'), forge.asn1.Type.UTF8),
      attribute(undefined, 'Phòng Nội vụ', forge.asn1.Type.PRINTABLESTRING, 'organizationalUnitName'),
    );
    expect(distinguishedNameText(name)).toBe('C=VN, O=Ủy ban nhân dân, organizationalUnitName=Phòng Nội vụ');
  });

  it('reads an attribute without a value as empty', () => {
    const valueless = { shortName: 'O', name: 'organizationName', valueTagClass: forge.asn1.Type.PRINTABLESTRING as unknown as forge.asn1.Class } as Attribute;
    expect(distinguishedNameText(named(attribute('C', 'VN', forge.asn1.Type.PRINTABLESTRING), valueless))).toBe('C=VN, O=');
  });
});

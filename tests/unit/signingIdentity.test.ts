import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { distinguishedNameText, openSigningIdentity } from '../../electron/backend/signing/signingIdentity';
import { makeTestP12 } from '../support/fixtures/minutesCertificates';
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
const toP12 = (key: forge.pki.rsa.PrivateKey | null, certificates: forge.pki.Certificate[], password: string) =>
  Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, certificates, password, { algorithm: '3des' })).getBytes(), 'binary');

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

  it('refuses a file with certificates but no usable key, and a key that matches no certificate', () => {
    const { certificates, key } = partsOf(makeTestP12({ commonName: SIGNER, password: 'p' }), 'p');
    const noKey = refusalOf(() => openSigningIdentity(toP12(null, certificates, 'p'), 'p', NOW));
    expect(noKey.message).toBe('Tệp chứng thư số dùng loại khóa ứng dụng chưa hỗ trợ; chỉ ký được bằng khóa RSA.');
    expect(noKey.issues).toEqual([{ path: 'p12', message: noKey.message, text: { key: 'errors.certificate.notRsa' } }]);
    const other = partsOf(makeTestP12({ commonName: 'Người khác', password: 'p', keyIndex: 3 }), 'p');
    const mismatched = refusalOf(() => openSigningIdentity(toP12(other.key, certificates, 'p'), 'p', NOW));
    expect(mismatched.message).toBe('Tệp chứng thư số không chứa khóa bí mật khớp với chứng thư, nên không thể ký.');
    expect(openSigningIdentity(toP12(key, certificates, 'p'), 'p', NOW).subjectName).toBe(SIGNER);
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
});

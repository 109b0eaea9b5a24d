import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { checkCertificate } from '../../electron/backend/signing/certificates/checkCertificate';
import type { RevocationStatus } from '../../electron/backend/signing/certificates/checkCertificate';
import { text } from '../../electron/backend/api/errors';
import { localize } from '../../electron/shared/i18n/catalog';
import { certificateDer, issueTestCertificate, makeTestAuthority } from '../support/fixtures/minutesCertificates';
import type { TestCertificateAuthority } from '../support/fixtures/minutesCertificates';

const NOW = new Date('2026-11-25T03:15:00Z');
const NOT_CHECKED: RevocationStatus = { status: 'NOT_CHECKED' };
const root = makeTestAuthority('RootCA chuyên dùng Chính phủ G2 (thử)', 3);
const other = makeTestAuthority('CA lạ không được tin cậy', 4);
const signerKey = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });

/** An intermediate CA under the root, as "CA phục vụ các cơ quan Nhà nước G2" sits under the VGCA root. */
function intermediateOf(parent: TestCertificateAuthority): TestCertificateAuthority {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '7e01';
  cert.validity.notBefore = new Date('2021-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2039-01-01T00:00:00Z');
  cert.setSubject([{ shortName: 'CN', value: 'CA phục vụ các cơ quan Nhà nước G2 (thử)', valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class }]);
  cert.setIssuer(parent.certificate.subject.attributes);
  cert.setExtensions([{ name: 'basicConstraints', cA: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true }]);
  cert.sign(parent.privateKey, forge.md.sha256.create());
  return { certificate: cert, privateKey: keys.privateKey };
}

const intermediate = intermediateOf(root);
const leaf = (authority: TestCertificateAuthority, options: Partial<Parameters<typeof issueTestCertificate>[2]> = {}) =>
  certificateDer(issueTestCertificate(authority, signerKey.publicKey, { commonName: 'Nguyễn Thị Hồng Nhung', ...options }));
const rootDer = certificateDer(root.certificate);
const intermediateDer = certificateDer(intermediate.certificate);

describe('checking a certificate before signing', () => {
  it('a chain through the intermediate to a trusted root: shown link by link, trusted, no refusal', () => {
    const check = checkCertificate({ certificate: leaf(intermediate), intermediates: [intermediateDer], trusted: [rootDer], now: NOW, revocation: NOT_CHECKED });
    expect(check).toMatchObject({ subjectName: 'Nguyễn Thị Hồng Nhung', issuerName: 'CA phục vụ các cơ quan Nhà nước G2 (thử)', trusted: true, refusal: null });
    expect(check.chain.map((link) => [link.subjectName, link.trusted])).toEqual([
      ['CA phục vụ các cơ quan Nhà nước G2 (thử)', false],
      ['RootCA chuyên dùng Chính phủ G2 (thử)', true],
    ]);
    expect(check.serialNumberHex).toMatch(/^[0-9a-f]+$/);
    expect(check.notAfter).toBe('2035-01-01T00:00:00.000Z');
    // Never claims a revocation check that was not made.
    expect(check.warnings).toEqual([text('errors.certificate.revocationNotChecked')]);
  });

  it('an unknown issuer: signing allowed, with a warning naming where the chain stops', () => {
    const check = checkCertificate({ certificate: leaf(other), intermediates: [], trusted: [rootDer], now: NOW, revocation: NOT_CHECKED });
    expect(check.trusted).toBe(false);
    expect(check.chain).toEqual([]);
    expect(check.refusal).toBeNull();
    expect(check.warnings[0]).toEqual(text('errors.certificate.untrusted', { name: 'CA lạ không được tin cậy' }));
  });

  it('a name that matches but a signature that does not is no link', () => {
    // Same subject as the intermediate, a different key: the leaf it "issued" does not chain up.
    const impostor = intermediateOf(other);
    impostor.certificate.setSubject(intermediate.certificate.subject.attributes);
    const check = checkCertificate({ certificate: leaf(impostor), intermediates: [intermediateDer], trusted: [rootDer], now: NOW, revocation: NOT_CHECKED });
    expect(check.trusted).toBe(false);
  });

  it('an expired certificate and one not yet valid are refused', () => {
    const expired = checkCertificate({ certificate: leaf(root, { notAfter: new Date('2026-11-24T16:59:59Z') }), intermediates: [], trusted: [rootDer], now: NOW, revocation: NOT_CHECKED });
    expect(expired.refusal && localize(expired.refusal)).toBe('Chứng thư số đã hết hiệu lực từ ngày 24/11/2026; không thể ký bằng chứng thư này.');
    const early = checkCertificate({ certificate: leaf(root, { notBefore: new Date('2026-12-01T00:00:00Z') }), intermediates: [], trusted: [rootDer], now: NOW, revocation: NOT_CHECKED });
    expect(early.refusal && localize(early.refusal)).toBe('Chứng thư số chỉ có hiệu lực từ ngày 01/12/2026; chưa thể ký bằng chứng thư này.');
  });

  it('a certificate without a signing key usage is refused; one without the extension may sign', () => {
    const encipherOnly = checkCertificate({ certificate: leaf(root, { keyUsage: { keyEncipherment: true } }), intermediates: [], trusted: [rootDer], now: NOW, revocation: NOT_CHECKED });
    expect(encipherOnly).toMatchObject({ canSign: false, refusal: text('errors.certificate.notForSigning') });
    const unrestricted = checkCertificate({ certificate: leaf(root, { keyUsage: null }), intermediates: [], trusted: [rootDer], now: NOW, revocation: NOT_CHECKED });
    expect(unrestricted).toMatchObject({ canSign: true, refusal: null });
  });

  it('a revoked certificate is refused; a checked one carries no revocation warning', () => {
    const certificate = leaf(root);
    expect(checkCertificate({ certificate, intermediates: [], trusted: [rootDer], now: NOW, revocation: { status: 'REVOKED', method: 'CRL', source: 'http://ca.test/crl' } }).refusal).toEqual(text('errors.certificate.revoked'));
    expect(checkCertificate({ certificate, intermediates: [], trusted: [rootDer], now: NOW, revocation: { status: 'GOOD', method: 'OCSP', source: 'http://ca.test/ocsp' } }).warnings).toEqual([]);
  });

  it('reads a Vietnamese UTF-8 subject exactly, in NFC', () => {
    const name = 'Phạm Thị Thu Hà – Phó Chủ tịch UBND phường Bắc Hồng Lĩnh';
    const check = checkCertificate({ certificate: leaf(root, { commonName: name.normalize('NFD') }), intermediates: [], trusted: [rootDer], now: NOW, revocation: NOT_CHECKED });
    expect(check.subjectName).toBe(name.normalize('NFC'));
    expect(check.issuerName).toBe('RootCA chuyên dùng Chính phủ G2 (thử)');
  });
});

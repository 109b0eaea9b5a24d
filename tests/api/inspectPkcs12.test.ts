import { afterEach, describe, expect, it } from 'vitest';
import { certificateDer, makeTestAuthority, makeTestP12 } from '../support/fixtures/minutesCertificates';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

const inspect = (p12: Buffer, password: string) => backend.call('signing.inspectPkcs12', { p12Base64: p12.toString('base64'), password });
const warningKeys = (view: { warnings: { key: string }[] }) => view.warnings.map((warning) => warning.key);

describe('the certificate in a PKCS#12 file, shown before signing', () => {
  it('gives subject, issuer and validity, and warns while the issuer is not trusted', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-03-10T02:00:00Z') });
    const p12 = makeTestP12({ commonName: 'Nguyễn Văn Đức', password: 'Bí mật 2026', notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2027-01-01T00:00:00Z') });
    const untrusted = await inspect(p12, 'Bí mật 2026');
    expect(untrusted).toMatchObject({
      subjectName: 'Nguyễn Văn Đức',
      issuerName: 'CA Thử nghiệm Kiểm tra',
      notBefore: '2025-01-01T00:00:00.000Z',
      notAfter: '2027-01-01T00:00:00.000Z',
      trusted: false,
      refusal: null,
      chain: [{ subjectName: 'CA Thử nghiệm Kiểm tra', trusted: false }],
    });
    expect(warningKeys(untrusted)).toContain('errors.certificate.untrusted');
    expect(warningKeys(untrusted)).not.toContain('wayfinding.certificate.selfSigned');

    await backend.call('signing.trustAdd', { cerBase64: certificateDer(makeTestAuthority().certificate).toString('base64') });
    const trusted = await inspect(p12, 'Bí mật 2026');
    expect(trusted).toMatchObject({ trusted: true, chain: [{ subjectName: 'CA Thử nghiệm Kiểm tra', trusted: true }] });
    expect(warningKeys(trusted)).not.toContain('errors.certificate.untrusted');
  });

  it('warns that a self-signed certificate is self-signed, and shows an expired one with its refusal', async () => {
    backend = await startTestBackend({ now: () => new Date('2026-03-10T02:00:00Z') });
    const selfSigned = await inspect(makeTestP12({ commonName: 'Trần Thị Tự Ký', password: 'x', selfSigned: true }), 'x');
    expect(selfSigned).toMatchObject({ subjectName: 'Trần Thị Tự Ký', issuerName: 'Trần Thị Tự Ký', trusted: false, chain: [] });
    expect(warningKeys(selfSigned)).toEqual(expect.arrayContaining(['wayfinding.certificate.selfSigned', 'errors.certificate.untrusted']));

    const expired = await inspect(makeTestP12({ commonName: 'Lê Văn Cũ', password: 'x', notAfter: new Date('2026-01-01T00:00:00Z') }), 'x');
    expect(expired.refusal).toEqual({ key: 'errors.certificate.expired', params: { date: '01/01/2026' } });
  });

  it('refuses a wrong password on the password field, and a file that is no certificate', async () => {
    backend = await startTestBackend();
    const p12 = makeTestP12({ commonName: 'Nguyễn Văn Đức', password: 'đúng' });
    const wrong = await backend.dispatch('signing.inspectPkcs12', { p12Base64: p12.toString('base64'), password: 'sai' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'password' }] } });
    const junk = await backend.dispatch('signing.inspectPkcs12', { p12Base64: Buffer.from('không phải tệp p12').toString('base64'), password: '' });
    expect(junk).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'p12' }] } });
  });
});

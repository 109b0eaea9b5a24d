import http from 'node:http';
import type { AddressInfo } from 'node:net';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRevocation, crlUrls } from '../../electron/backend/signing/certificates/revocation';
import { certificateDer, issueTestCertificate, makeTestAuthority } from '../support/fixtures/minutesCertificates';
import { makeCrl } from '../support/fixtures/testCrl';

const NOW = new Date('2026-11-25T03:15:00Z');
const authority = makeTestAuthority('CA phục vụ các cơ quan Nhà nước G2 (thử)', 3);
const impostor = makeTestAuthority('CA phục vụ các cơ quan Nhà nước G2 (thử)', 4);
const signerKey = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });

const crls = new Map<string, Buffer>();
let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    const body = crls.get(request.url ?? '');
    response.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const issuerDer = certificateDer(authority.certificate);
const leafWith = (path: string) => {
  const cert = issueTestCertificate(authority, signerKey.publicKey, { commonName: 'Nguyễn Văn Đức', crlUrl: `${base}${path}` });
  return { der: certificateDer(cert), serial: cert.serialNumber };
};
const day = 24 * 3600 * 1000;

describe('revocation from the CRL the certificate names', () => {
  it('reads the distribution point URL from the certificate', () => {
    expect(crlUrls(leafWith('/g2.crl').der)).toEqual([`${base}/g2.crl`]);
    expect(crlUrls(certificateDer(authority.certificate))).toEqual([]);
  });

  it('GOOD when the issuer-signed, current CRL does not list the serial; REVOKED when it does', async () => {
    const good = leafWith('/good.crl');
    crls.set('/good.crl', makeCrl(authority, ['0abc'], new Date(NOW.getTime() - day), new Date(NOW.getTime() + day)));
    expect(await checkRevocation(good.der, issuerDer, NOW)).toEqual({ status: 'GOOD', method: 'CRL', source: `${base}/good.crl` });
    const revoked = leafWith('/revoked.crl');
    crls.set('/revoked.crl', makeCrl(authority, ['0abc', revoked.serial], new Date(NOW.getTime() - day), new Date(NOW.getTime() + day)));
    expect(await checkRevocation(revoked.der, issuerDer, NOW)).toEqual({ status: 'REVOKED', method: 'CRL', source: `${base}/revoked.crl` });
  });

  it('NOT_CHECKED, never GOOD, when the CRL cannot be trusted or reached', async () => {
    const forged = leafWith('/forged.crl');
    crls.set('/forged.crl', makeCrl(impostor, [], new Date(NOW.getTime() - day), new Date(NOW.getTime() + day)));
    expect(await checkRevocation(forged.der, issuerDer, NOW)).toEqual({ status: 'NOT_CHECKED' });
    const stale = leafWith('/stale.crl');
    crls.set('/stale.crl', makeCrl(authority, [], new Date(NOW.getTime() - 10 * day), new Date(NOW.getTime() - day)));
    expect(await checkRevocation(stale.der, issuerDer, NOW)).toEqual({ status: 'NOT_CHECKED' });
    expect(await checkRevocation(leafWith('/missing.crl').der, issuerDer, NOW)).toEqual({ status: 'NOT_CHECKED' });
    expect(await checkRevocation(leafWith('/good.crl').der, undefined, NOW)).toEqual({ status: 'NOT_CHECKED' });
    const offline = issueTestCertificate(authority, signerKey.publicKey, { commonName: 'Ngoại tuyến', crlUrl: 'http://127.0.0.1:1/g2.crl' });
    expect(await checkRevocation(certificateDer(offline), issuerDer, NOW)).toEqual({ status: 'NOT_CHECKED' });
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocspUrls } from '../../electron/backend/signing/certificates/ocsp';
import { checkRevocation } from '../../electron/backend/signing/certificates/revocation';
import { certificateDer, issueTestCertificate, makeTestAuthority } from '../support/fixtures/minutesCertificates';
import { makeCrl } from '../support/fixtures/testCrl';
import { startTestOcspResponder } from '../support/fixtures/testOcspResponder';
import type { TestOcspResponder } from '../support/fixtures/testOcspResponder';
import { unreachableUrl } from '../support/fixtures/unreachableUrl';

// OpenSSL's responder dates its answers by the machine's clock, so the check runs at the real time.
const now = () => new Date();
const day = 24 * 3600 * 1000;
const authority = makeTestAuthority('CA phục vụ các cơ quan Nhà nước G2 (thử)', 3);
const impostor = makeTestAuthority('CA phục vụ các cơ quan Nhà nước G2 (thử)', 4);
const signerKey = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
const issuerDer = certificateDer(authority.certificate);

let responder: TestOcspResponder;
let forger: TestOcspResponder;
let crlServer: http.Server;
let crlBase: string;
beforeAll(async () => {
  responder = await startTestOcspResponder(authority);
  forger = await startTestOcspResponder(authority, impostor);
  crlServer = http.createServer((_request, response) => response.writeHead(200).end(makeCrl(authority, [], new Date(Date.now() - day), new Date(Date.now() + day))));
  await new Promise<void>((resolve) => crlServer.listen(0, '127.0.0.1', resolve));
  crlBase = `http://127.0.0.1:${(crlServer.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await Promise.all([responder.close(), forger.close(), new Promise<void>((resolve) => crlServer.close(() => resolve()))]);
});

const leaf = (ocspUrl: string, crlUrl?: string) => {
  const cert = issueTestCertificate(authority, signerKey.publicKey, { commonName: 'Nguyễn Văn Đức', ocspUrl, crlUrl });
  return { der: certificateDer(cert), serial: cert.serialNumber };
};

describe('revocation by OCSP from the responder the certificate names', () => {
  it('reads the responder URL from the Authority Information Access', () => {
    expect(ocspUrls(leaf('http://ocsp.ca.gov.vn/').der)).toEqual(['http://ocsp.ca.gov.vn/']);
    expect(ocspUrls(issuerDer)).toEqual([]);
  });

  it('good and revoked, as the CA’s responder signs them', async () => {
    const good = leaf(responder.url);
    responder.issued(good.serial);
    expect(await checkRevocation(good.der, issuerDer, now())).toEqual({ status: 'GOOD', method: 'OCSP', source: responder.url });
    const revoked = leaf(responder.url);
    responder.revoke(revoked.serial, new Date(Date.now() - 2 * day));
    expect(await checkRevocation(revoked.der, issuerDer, now())).toEqual({ status: 'REVOKED', method: 'OCSP', source: responder.url });
  }, 60_000);

  it('never claims a check it could not make: unreachable, unknown to the responder, signed by another key, answered too long ago', async () => {
    const offline = leaf(await unreachableUrl());
    expect(await checkRevocation(offline.der, issuerDer, now())).toEqual({ status: 'NOT_CHECKED' });
    const unknown = leaf(responder.url);
    expect(await checkRevocation(unknown.der, issuerDer, now())).toEqual({ status: 'NOT_CHECKED' });
    const forged = leaf(forger.url);
    forger.issued(forged.serial);
    expect(await checkRevocation(forged.der, issuerDer, now())).toEqual({ status: 'NOT_CHECKED' });
    const stale = leaf(responder.url);
    responder.issued(stale.serial);
    // The answer is good for an hour (-nmin 60); a day later it proves nothing.
    expect(await checkRevocation(stale.der, issuerDer, new Date(Date.now() + day))).toEqual({ status: 'NOT_CHECKED' });
  }, 60_000);

  it('falls back to the CRL when the responder cannot be reached', async () => {
    const both = leaf(await unreachableUrl(), `${crlBase}/g2.crl`);
    expect(await checkRevocation(both.der, issuerDer, now())).toEqual({ status: 'GOOD', method: 'CRL', source: `${crlBase}/g2.crl` });
  }, 60_000);
});

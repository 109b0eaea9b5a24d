import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { minutesDigitalSignatures } from '../../db/schema';
import { unloadCryptoki } from '../../electron/backend/signing/tokens/cryptoki';
import { loadLanguage, localize, translate } from '../../electron/shared/i18n/catalog';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { certificateDer, makeTestAuthority } from '../support/fixtures/minutesCertificates';
import { pdfsigReport } from '../support/fixtures/minutesPdfTools';
import { makeCrl } from '../support/fixtures/testCrl';
import { startTestOcspResponder } from '../support/fixtures/testOcspResponder';
import { unreachableUrl } from '../support/fixtures/unreachableUrl';
import { SOFTHSM_MODULE, TOKEN_PIN, enrolOnToken, useSoftHsmStore } from '../support/fixtures/softHsmTokens';
import type { TokenIdentity } from '../support/fixtures/softHsmTokens';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

const clock = new Date('2026-11-25T03:00:00Z');
const store = useSoftHsmStore(['VGCA Đức', 'VGCA Ngọc', 'Hết hạn']);
const root = makeTestAuthority('RootCA chuyên dùng Chính phủ G2 (thử)', 3);
const stranger = makeTestAuthority('CA lạ', 4);
let leader: TokenIdentity;
let head: TokenIdentity;
let expired: TokenIdentity;
let backend: TestBackend;

beforeAll(() => {
  leader = enrolOnToken('VGCA Đức', root, { commonName: 'Nguyễn Văn Đức', id: '0a' });
  head = enrolOnToken('VGCA Ngọc', stranger, { commonName: 'Trần Thị Bích Ngọc', id: '0b' });
  expired = enrolOnToken('Hết hạn', root, { commonName: 'Lê Thị Hết Hạn', id: '0c', notAfter: new Date('2026-06-30T00:00:00Z') });
}, 60_000);
afterEach(() => backend?.close());
afterAll(() => fs.rmSync(store.dir, { recursive: true, force: true }));

const minutesFiles = (dataDir: string) => fs.readdirSync(path.join(dataDir, 'minutes'), { recursive: true }).sort();

describe('signing issued minutes with USB tokens through the API', () => {
  it('shows each certificate checked, signs in the worker, records the mechanism, and leaves earlier signatures valid', async () => {
    backend = await startTestBackend({ now: () => clock });
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 8, findings: 1 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const modules = await backend.call('signing.tokenModules', {});
    expect(modules.find((m) => m.path === SOFTHSM_MODULE)?.present).toBe(true);

    await backend.call('signing.trustAdd', { cerBase64: certificateDer(root.certificate).toString('base64') });
    const onTokens = await backend.call('signing.tokenCertificates', { modulePath: SOFTHSM_MODULE });
    const byName = new Map(onTokens.map((c) => [c.subjectName, c]));
    expect(byName.get('Nguyễn Văn Đức')).toMatchObject({
      tokenLabel: 'VGCA Đức',
      issuerName: 'RootCA chuyên dùng Chính phủ G2 (thử)',
      trusted: true,
      chain: [{ subjectName: 'RootCA chuyên dùng Chính phủ G2 (thử)', trusted: true }],
      revocation: { status: 'NOT_CHECKED' },
      refusal: null,
    });
    expect(byName.get('Trần Thị Bích Ngọc')).toMatchObject({ trusted: false, refusal: null });
    expect(localize(byName.get('Trần Thị Bích Ngọc')!.warnings[0]!)).toMatch(/^Chuỗi chứng thư dừng ở "CA lạ"/);
    expect(localize(byName.get('Lê Thị Hết Hạn')!.refusal!)).toBe('Chứng thư số đã hết hiệu lực từ ngày 30/06/2026; không thể ký bằng chứng thư này.');
    await loadLanguage('en');
    expect(localize(byName.get('Lê Thị Hết Hạn')!.refusal!, 'en')).toBe('The certificate expired on 30/06/2026; it cannot be used to sign.');

    const signWith = (who: TokenIdentity, signerKey: string, pin = TOKEN_PIN) =>
      backend.dispatch('minutes.signWithToken', {
        minutesId: issued.id,
        signerKey,
        modulePath: SOFTHSM_MODULE,
        tokenSerial: byName.get(who === leader ? 'Nguyễn Văn Đức' : who === head ? 'Trần Thị Bích Ngọc' : 'Lê Thị Hết Hạn')!.tokenSerial,
        certificateId: who.certificateId,
        pin,
      });

    const before = minutesFiles(backend.dataDir);
    expect(await signWith(head, audit.head.participantId, '111111')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: translate('vi', 'errors.token.pinIncorrect', { triesNote: { key: 'errors.token.pinCountLow' } }) },
    });
    expect(await signWith(expired, audit.leader.participantId)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/đã hết hiệu lực/) } });
    expect(minutesFiles(backend.dataDir)).toEqual(before);

    // The blocks are signed in their order: the unit's representative before the trưởng đoàn.
    expect(await signWith(leader, audit.leader.participantId)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/Trần Thị Bích Ngọc .* cần ký trước/) } });
    expect(minutesFiles(backend.dataDir)).toEqual(before);
    expect(await signWith(head, audit.head.participantId)).toMatchObject({ ok: true });
    expect(await signWith(leader, audit.leader.participantId)).toMatchObject({ ok: true });

    const latest = Buffer.from((await backend.call('minutes.open', { minutesId: issued.id })).pdfBase64, 'base64');
    const report = pdfsigReport(latest).filter((s) => s.signed);
    expect(report.map((s) => [s.commonName, s.valid, s.wholeDocument])).toEqual([
      ['Trần Thị Bích Ngọc', true, false],
      ['Nguyễn Văn Đức', true, true],
    ]);
    const first = Buffer.from((await backend.call('minutes.open', { minutesId: issued.id, version: 1 })).pdfBase64, 'base64');
    expect(pdfsigReport(first).filter((s) => s.signed).map((s) => [s.commonName, s.valid, s.wholeDocument])).toEqual([['Trần Thị Bích Ngọc', true, true]]);

    // The record shows every signature as the app checks it: who, when, intact, what came after, trusted.
    const checked = await backend.call('minutes.verifySignatures', { minutesId: issued.id });
    expect(checked.map((c) => [c.certificate?.subjectName, c.signedAt, c.valid, c.changedAfter, c.certificate?.trusted])).toEqual([
      ['Trần Thị Bích Ngọc', clock.toISOString(), true, 'LATER_SIGNATURES', false],
      ['Nguyễn Văn Đức', clock.toISOString(), true, 'NONE', true],
    ]);

    const recorded = backend.store.db.select().from(minutesDigitalSignatures).all();
    expect(recorded.map((r) => [r.signerName, r.signatureAlgorithm, r.tokenMechanism])).toEqual([
      ['Trần Thị Bích Ngọc', 'RSA_PSS_SHA256', 'CKM_SHA256_RSA_PKCS_PSS'],
      ['Nguyễn Văn Đức', 'RSA_PSS_SHA256', 'CKM_SHA256_RSA_PKCS_PSS'],
    ]);
    const log = JSON.stringify(await backend.call('changeLog.list', { entity: 'minutes_digital_signature' }));
    expect(log).toContain('CKM_SHA256_RSA_PKCS_PSS');
    expect(log).not.toContain(TOKEN_PIN);
  }, 120_000);

  it('a certificate its CA has revoked (CRL from the URL in the certificate) is shown revoked and cannot sign', async () => {
    let crl: Buffer = Buffer.alloc(0);
    const server = http.createServer((_request, response) => response.writeHead(200).end(crl));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const crlUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/g2.crl`;
      store.initToken('Thu hồi');
      unloadCryptoki(SOFTHSM_MODULE);
      const revoked = enrolOnToken('Thu hồi', root, { commonName: 'Phạm Văn Thu Hồi', id: '0d', crlUrl });
      crl = makeCrl(root, [new X509Certificate(revoked.certificate).serialNumber.toLowerCase()], new Date(clock.getTime() - 86_400_000), new Date(clock.getTime() + 86_400_000));
      backend = await startTestBackend({ now: () => clock });
      await backend.call('signing.trustAdd', { cerBase64: certificateDer(root.certificate).toString('base64') });
      const shown = (await backend.call('signing.tokenCertificates', { modulePath: SOFTHSM_MODULE, rescan: true })).find((c) => c.subjectName === 'Phạm Văn Thu Hồi')!;
      expect(shown.revocation).toEqual({ status: 'REVOKED', method: 'CRL', source: crlUrl });
      expect(shown.refusal && localize(shown.refusal)).toMatch(/đã bị thu hồi/);
      const others = (await backend.call('signing.tokenCertificates', { modulePath: SOFTHSM_MODULE })).filter((c) => c.subjectName !== 'Phạm Văn Thu Hồi');
      // Without a CRL address nothing can be checked, and the check says so.
      expect(others.map((c) => c.revocation.status)).toEqual(others.map(() => 'NOT_CHECKED'));
      const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 4 });
      const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
      expect(
        await backend.dispatch('minutes.signWithToken', {
          minutesId: issued.id,
          signerKey: audit.leader.participantId,
          modulePath: SOFTHSM_MODULE,
          tokenSerial: shown.tokenSerial,
          certificateId: '0d',
          pin: TOKEN_PIN,
        }),
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/đã bị thu hồi/) } });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 120_000);

  it('asks the OCSP responder the certificate names: good is shown, revoked cannot sign, unreachable is said "chưa kiểm tra được"', async () => {
    const responder = await startTestOcspResponder(root);
    try {
      store.initToken('OCSP');
      unloadCryptoki(SOFTHSM_MODULE);
      const good = enrolOnToken('OCSP', root, { commonName: 'Đỗ Thị OCSP Tốt', id: '1a', ocspUrl: responder.url });
      const revoked = enrolOnToken('OCSP', root, { commonName: 'Hoàng Văn OCSP Thu Hồi', id: '1b', ocspUrl: responder.url });
      enrolOnToken('OCSP', root, { commonName: 'Vũ Thị Ngoại Tuyến', id: '1c', ocspUrl: await unreachableUrl() });
      responder.issued(new X509Certificate(good.certificate).serialNumber.toLowerCase());
      responder.revoke(new X509Certificate(revoked.certificate).serialNumber.toLowerCase(), new Date(Date.now() - 86_400_000));
      // OpenSSL's responder dates its answers by the machine's clock, so this back end runs on it too.
      backend = await startTestBackend({ now: () => new Date() });
      await backend.call('signing.trustAdd', { cerBase64: certificateDer(root.certificate).toString('base64') });
      const shown = new Map((await backend.call('signing.tokenCertificates', { modulePath: SOFTHSM_MODULE, rescan: true })).map((c) => [c.subjectName, c]));
      expect(shown.get('Đỗ Thị OCSP Tốt')).toMatchObject({ revocation: { status: 'GOOD', method: 'OCSP', source: responder.url }, refusal: null, warnings: [] });
      expect(shown.get('Hoàng Văn OCSP Thu Hồi')?.revocation).toEqual({ status: 'REVOKED', method: 'OCSP', source: responder.url });
      expect(localize(shown.get('Hoàng Văn OCSP Thu Hồi')!.refusal!)).toMatch(/đã bị thu hồi \(theo dịch vụ OCSP/);
      expect(shown.get('Vũ Thị Ngoại Tuyến')).toMatchObject({ revocation: { status: 'NOT_CHECKED' }, refusal: null });
      expect(shown.get('Vũ Thị Ngoại Tuyến')!.warnings.map((w) => localize(w))).toEqual([expect.stringMatching(/^Chưa kiểm tra được tình trạng thu hồi/)]);

      const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 4 });
      const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
      const signAs = (certificateId: string) =>
        backend.dispatch('minutes.signWithToken', {
          minutesId: issued.id,
          signerKey: audit.head.participantId,
          modulePath: SOFTHSM_MODULE,
          tokenSerial: shown.get('Đỗ Thị OCSP Tốt')!.tokenSerial,
          certificateId,
          pin: TOKEN_PIN,
        });
      expect(await signAs('1b')).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/đã bị thu hồi/) } });
      expect(await signAs('1a')).toMatchObject({ ok: true });
    } finally {
      await responder.close();
    }
  }, 120_000);

  it('refuses a missing driver and a file that is not a certificate in the trust list, changing nothing', async () => {
    backend = await startTestBackend({ now: () => clock });
    expect(await backend.dispatch('signing.tokenCertificates', { modulePath: 'C:\\Windows\\System32\\vnptca_p11_v10.dll' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: translate('vi', 'errors.token.moduleMissing', { path: 'C:\\Windows\\System32\\vnptca_p11_v10.dll' }) },
    });
    expect(await backend.dispatch('signing.tokenCertificates', { modulePath: 'libsofthsm2.so' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await backend.dispatch('signing.trustAdd', { cerBase64: Buffer.from('không phải chứng thư').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Tệp không phải chứng thư số X.509 (.cer, .crt, dạng DER hoặc PEM).' },
    });
    expect(await backend.dispatch('signing.trustAdd', { cerBase64: leader.certificate.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/không phải của tổ chức chứng thực/) },
    });
    const pem = `-----BEGIN CERTIFICATE-----\n${certificateDer(root.certificate).toString('base64')}\n-----END CERTIFICATE-----\n`;
    const added = await backend.call('signing.trustAdd', { cerBase64: Buffer.from(pem).toString('base64') });
    expect(added.subjectName).toBe('RootCA chuyên dùng Chính phủ G2 (thử)');
    expect(await backend.dispatch('signing.trustAdd', { cerBase64: certificateDer(root.certificate).toString('base64') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.call('signing.trustList', {})).toHaveLength(1);
    expect(await backend.call('signing.trustRemove', { id: added.id })).toEqual({ removed: true });
    expect(await backend.call('signing.trustList', {})).toEqual([]);
  }, 60_000);
});

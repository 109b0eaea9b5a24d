import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCms } from '../../electron/backend/signing/verify/readCms';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import { makeTestAuthority, makeTestP12 } from '../support/fixtures/minutesCertificates';
import { embeddedSignatures, pdfsigReport } from '../support/fixtures/minutesPdfTools';
import { SOFTHSM_MODULE, TOKEN_PIN, enrolOnToken, useSoftHsmStore } from '../support/fixtures/softHsmTokens';
import type { TokenIdentity } from '../support/fixtures/softHsmTokens';
import { opensslVerifyToken, startTestTimestampAuthority } from '../support/fixtures/testTimestampAuthority';
import { unreachableUrl } from '../support/fixtures/unreachableUrl';
import type { TestTimestampAuthority } from '../support/fixtures/testTimestampAuthority';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

const clock = new Date('2026-11-25T03:00:00Z');
const store = useSoftHsmStore(['VGCA Đức']);
let tsa: TestTimestampAuthority;
let leaderOnToken: TokenIdentity;
let backend: TestBackend;

beforeAll(async () => {
  tsa = await startTestTimestampAuthority();
  leaderOnToken = enrolOnToken('VGCA Đức', makeTestAuthority('RootCA chuyên dùng Chính phủ G2 (thử)', 3), { commonName: 'Nguyễn Văn Đức', id: '0a' });
}, 120_000);
afterEach(() => backend?.close());
afterAll(async () => {
  await tsa.close();
  fs.rmSync(store.dir, { recursive: true, force: true });
});

const pdfOf = (file: { pdfBase64: string }) => Buffer.from(file.pdfBase64, 'base64');
const headP12 = () => makeTestP12({ commonName: 'Trần Thị Bích Ngọc', password: 'ngoc', keyIndex: 2 }).toString('base64');

describe('signature timestamps (PAdES B-T) from the server set in Cài đặt', () => {
  it('stamps a PKCS#12 signature and then a token signature; pdfsig finds both valid, OpenSSL verifies each token over its signature value', async () => {
    backend = await startTestBackend({ now: () => clock });
    await backend.call('settings.update', { timestampServerUrl: tsa.url });
    const audit = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 6, findings: 1 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });

    const afterHead = await backend.call('minutes.sign', { minutesId: issued.id, signerKey: audit.head.participantId, p12Base64: headP12(), password: 'ngoc' });
    expect(afterHead.timestamp).toMatchObject({ status: 'ADDED', url: tsa.url, authority: 'TSA thử nghiệm Bắc Hồng Lĩnh' });
    const once = pdfOf(await backend.call('minutes.open', { minutesId: issued.id }));
    expect(pdfsigReport(once).filter((s) => s.signed).map((s) => [s.commonName, s.valid, s.wholeDocument])).toEqual([['Trần Thị Bích Ngọc', true, true]]);

    const onToken = (await backend.call('signing.tokenCertificates', { modulePath: SOFTHSM_MODULE })).find((c) => c.subjectName === 'Nguyễn Văn Đức')!;
    const afterLeader = await backend.call('minutes.signWithToken', {
      minutesId: issued.id,
      signerKey: audit.leader.participantId,
      modulePath: SOFTHSM_MODULE,
      tokenSerial: onToken.tokenSerial,
      certificateId: leaderOnToken.certificateId,
      pin: TOKEN_PIN,
    });
    expect(afterLeader.timestamp).toMatchObject({ status: 'ADDED', authority: 'TSA thử nghiệm Bắc Hồng Lĩnh' });
    expect(tsa.answered()).toBe(2);

    const twice = pdfOf(await backend.call('minutes.open', { minutesId: issued.id }));
    fs.mkdirSync('tests/.artifacts', { recursive: true });
    fs.writeFileSync('tests/.artifacts/timestamped-minutes.pdf', twice);
    expect(pdfsigReport(twice).filter((s) => s.signed).map((s) => [s.commonName, s.valid, s.wholeDocument])).toEqual([
      ['Trần Thị Bích Ngọc', true, false],
      ['Nguyễn Văn Đức', true, true],
    ]);
    // Each CMS carries the signature-time-stamp over its own signature value (ETSI EN 319 122-1 §5.3).
    for (const cms of embeddedSignatures(twice).map(readCms)) {
      expect(cms.timestampToken).not.toBeNull();
      expect(await opensslVerifyToken(tsa, cms.timestampToken!, cms.signature)).toBe('Verification: OK');
    }

    const report = await backend.call('minutes.verifySignatures', { minutesId: issued.id });
    expect(report.map((r) => [r.certificate?.subjectName, r.valid, r.timestamp?.valid, r.timestamp?.authority])).toEqual([
      ['Trần Thị Bích Ngọc', true, true, 'TSA thử nghiệm Bắc Hồng Lĩnh'],
      ['Nguyễn Văn Đức', true, true, 'TSA thử nghiệm Bắc Hồng Lĩnh'],
    ]);
    expect(report.map((r) => r.timestamp?.time)).toEqual([
      afterHead.timestamp.status === 'ADDED' ? afterHead.timestamp.time : null,
      afterLeader.timestamp.status === 'ADDED' ? afterLeader.timestamp.time : null,
    ]);
    const log = JSON.stringify(await backend.call('changeLog.list', { entity: 'minutes_digital_signature' }));
    expect(log).toContain('TSA thử nghiệm Bắc Hồng Lĩnh');
  }, 180_000);

  it('signs B-B when no server is set or the server cannot be reached, says so, and the report shows no timestamp', async () => {
    backend = await startTestBackend({ now: () => clock });
    const audit = insertMinutesAudit(backend.store, { kind: 'ISO', items: 4 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const afterHead = await backend.call('minutes.sign', { minutesId: issued.id, signerKey: audit.head.participantId, p12Base64: headP12(), password: 'ngoc' });
    expect(afterHead.timestamp).toEqual({ status: 'NOT_SET' });

    const nowhere = await unreachableUrl();
    await backend.call('settings.update', { timestampServerUrl: nowhere });
    const leaderP12 = makeTestP12({ commonName: 'Nguyễn Văn Đức', password: 'p' }).toString('base64');
    const afterLeader = await backend.call('minutes.sign', { minutesId: issued.id, signerKey: audit.leader.participantId, p12Base64: leaderP12, password: 'p' });
    expect(afterLeader.timestamp).toEqual({ status: 'FAILED', url: nowhere, failure: 'UNREACHABLE' });

    const signed = pdfOf(await backend.call('minutes.open', { minutesId: issued.id }));
    expect(pdfsigReport(signed).filter((s) => s.signed).map((s) => s.valid)).toEqual([true, true]);
    expect(embeddedSignatures(signed).map((cms) => readCms(cms).timestampToken)).toEqual([null, null]);
    expect((await backend.call('minutes.verifySignatures', { minutesId: issued.id })).map((r) => [r.valid, r.timestamp])).toEqual([
      [true, null],
      [true, null],
    ]);
  }, 120_000);

  it('keeps the server address as a setting and refuses one that is not http(s), changing nothing', async () => {
    backend = await startTestBackend({ now: () => clock });
    expect((await backend.call('settings.get', {})).timestampServerUrl).toBe('');
    await backend.call('settings.update', { timestampServerUrl: ' http://tsa.ca.gov.vn ' });
    expect((await backend.call('settings.get', {})).timestampServerUrl).toBe('http://tsa.ca.gov.vn');
    for (const bad of ['tsa.ca.gov.vn', 'ftp://tsa.ca.gov.vn', 'http://']) {
      expect(await backend.dispatch('settings.update', { timestampServerUrl: bad })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringMatching(/máy chủ cấp dấu thời gian/) },
      });
    }
    expect((await backend.call('settings.get', {})).timestampServerUrl).toBe('http://tsa.ca.gov.vn');
    await backend.call('settings.update', { timestampServerUrl: '' });
    expect((await backend.call('settings.get', {})).timestampServerUrl).toBe('');
  });
});

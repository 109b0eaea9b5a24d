import fs from 'node:fs';
import pkcs11js from 'pkcs11js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, text } from '../../electron/backend/api/errors';
import { DOCUMENT_FONT, renderPdf } from '../../electron/backend/documents';
import { sourceLayout } from '../../electron/backend/paths';
import { listSignatureFields, withEmptySignatureFields } from '../../electron/backend/signing/signatureFields';
import { signWithToken } from '../../electron/backend/signing/signWithToken';
import type { TokenSigningInput } from '../../electron/backend/signing/signWithToken';
import { loadCryptoki, unloadCryptoki } from '../../electron/backend/signing/tokens/cryptoki';
import { loadLanguage, localize, translate } from '../../electron/shared/i18n/catalog';
import { listTokenCertificates } from '../../electron/backend/signing/tokens/tokenCertificates';
import { certificateDer, makeTestAuthority } from '../support/fixtures/minutesCertificates';
import { verifyPdfSignatures } from '../../electron/backend/signing/verify/verifyPdfSignatures';
import { pdfsigReport } from '../support/fixtures/minutesPdfTools';
import { SOFTHSM_MODULE, TOKEN_PIN, enrolOnToken, overriding, pkcs11Failure, storeCaOnToken, useSoftHsmStore } from '../support/fixtures/softHsmTokens';
import type { TokenIdentity } from '../support/fixtures/softHsmTokens';

const NOW = new Date('2026-11-25T03:15:00Z');
const LEADER = 'Nguyễn Văn Đức';
const HEAD = 'Trần Thị Bích Ngọc';
const LEADER_FIELD = 'Trưởng đoàn kiểm tra - Nguyễn Văn Đức';
const HEAD_FIELD = 'Đại diện đơn vị được kiểm tra - Trần Thị Bích Ngọc';

const store = useSoftHsmStore(['Token Đức', 'Token Ngọc', 'Token rút ra']);
const authority = makeTestAuthority();
let leader: TokenIdentity;
let head: TokenIdentity;
let removable: TokenIdentity;
let minutes: Buffer;

async function refusalOf(action: Promise<unknown>): Promise<AppError> {
  try {
    await action;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function input(pdf: Buffer, who: TokenIdentity, fieldName: string, pin = TOKEN_PIN): TokenSigningInput {
  const field = listSignatureFields(pdf).find((f) => f.name === fieldName)!;
  return {
    pdf,
    modulePath: SOFTHSM_MODULE,
    tokenSerial: serialOf(who.tokenLabel),
    certificateId: who.certificateId,
    pin: Buffer.from(pin, 'utf8'),
    chain: [],
    fieldName,
    rect: field.rect,
    reason: 'Ký biên bản kiểm tra',
    location: 'Phường Bắc Hồng Lĩnh',
    signingTime: NOW,
    resourcesDir: sourceLayout.resourcesDir,
    timestampUrl: null,
  };
}

function serialOf(label: string): string {
  const module = loadCryptoki(SOFTHSM_MODULE);
  const slot = module.C_GetSlotList(true).find((s) => module.C_GetTokenInfo(s).label.trim() === label)!;
  return module.C_GetTokenInfo(slot).serialNumber.trim();
}

beforeAll(async () => {
  leader = enrolOnToken('Token Đức', authority, { commonName: LEADER, id: '01' });
  storeCaOnToken('Token Đức', authority);
  head = enrolOnToken('Token Ngọc', authority, { commonName: HEAD, id: '02' });
  removable = enrolOnToken('Token rút ra', authority, { commonName: 'Lê Văn Rút', id: '03' });
  const pdf = await renderPdf(
    { pageSize: 'A4', defaultStyle: { font: DOCUMENT_FONT }, content: ['BIÊN BẢN KIỂM TRA công tác cải cách hành chính'] },
    sourceLayout.resourcesDir,
  );
  minutes = withEmptySignatureFields(pdf, [
    { name: HEAD_FIELD, placement: { pageIndex: 0, rect: [90, 300, 250, 330] } },
    { name: LEADER_FIELD, placement: { pageIndex: 0, rect: [340, 300, 500, 330] } },
  ]);
}, 60_000);

afterAll(() => {
  unloadCryptoki(SOFTHSM_MODULE);
  fs.rmSync(store.dir, { recursive: true, force: true });
});

describe('the certificates on the tokens plugged in', () => {
  it('lists each signer certificate with its Vietnamese subject, token and CKA_ID, and keeps CA certificates apart', () => {
    const listing = listTokenCertificates(loadCryptoki(SOFTHSM_MODULE));
    const byName = new Map(listing.certificates.map((c) => [c.subjectName, c]));
    expect([...byName.keys()].sort()).toEqual(['Lê Văn Rút', HEAD, LEADER].sort());
    expect(byName.get(LEADER)).toMatchObject({ tokenLabel: 'Token Đức', certificateId: '01', issuerName: 'CA Thử nghiệm Kiểm tra', canSign: true, isCa: false });
    expect(Buffer.from(byName.get(LEADER)!.certificateBase64, 'base64').equals(leader.certificate)).toBe(true);
    expect(listing.caCertificates).toHaveLength(1);
  });
});

describe('signing minutes on a SoftHSM2 token', () => {
  let once: Buffer;
  let twice: Buffer;

  beforeAll(async () => {
    const first = await signWithToken(input(minutes, leader, LEADER_FIELD));
    once = Buffer.from(first.signed);
    expect(first.mechanismName).toBe('CKM_SHA256_RSA_PKCS_PSS');
    expect(first.algorithm).toBe('RSA_PSS_SHA256');
    // A token that offers no PSS signs PKCS#1 v1.5, and says so.
    const noPss = overriding({ C_GetMechanismList: (slot) => loadCryptoki(SOFTHSM_MODULE).C_GetMechanismList(slot).filter((m) => m !== pkcs11js.CKM_SHA256_RSA_PKCS_PSS && m !== pkcs11js.CKM_RSA_PKCS_PSS) });
    const second = await signWithToken(input(once, head, HEAD_FIELD), () => noPss);
    expect(second.mechanismName).toBe('CKM_SHA256_RSA_PKCS');
    expect(second.algorithm).toBe('RSA_PKCS1_SHA256');
    twice = Buffer.from(second.signed);
  }, 60_000);

  it('pdfsig finds the first signature valid over the whole document', () => {
    const [waiting, signature] = pdfsigReport(once);
    expect(signature).toMatchObject({ fieldName: LEADER_FIELD, commonName: LEADER, valid: true, wholeDocument: true, type: 'ETSI.CAdES.detached' });
    expect(waiting!.signed).toBe(false);
  });

  it('a second signature is an incremental update: both valid, the second covering the whole file', () => {
    expect(twice.subarray(0, once.length).equals(once)).toBe(true);
    // pdfsig lists the fields in form order: the unit's representative first.
    const report = pdfsigReport(twice);
    expect(report.map((s) => [s.commonName, s.valid, s.wholeDocument])).toEqual([
      [HEAD, true, true],
      [LEADER, true, false],
    ]);
  });

  it('one changed byte makes pdfsig report both signatures invalid', () => {
    const tampered = Buffer.from(twice);
    const commentByte = tampered.indexOf('%', 2) + 1;
    tampered[commentByte] = tampered[commentByte]! ^ 0x01;
    expect(pdfsigReport(tampered).filter((s) => s.signed).map((s) => s.valid)).toEqual([false, false]);
  });

  it("the app's own check agrees: both valid (PSS and PKCS#1 v1.5), in signing order, the first followed only by a later signature", () => {
    const report = verifyPdfSignatures(twice, [certificateDer(authority.certificate)], NOW);
    expect(report.map((r) => [r.fieldName, r.certificate?.subjectName, r.valid, r.changedAfter, r.certificate?.trusted, r.signedAt])).toEqual([
      [LEADER_FIELD, LEADER, true, 'LATER_SIGNATURES', true, NOW.toISOString()],
      [HEAD_FIELD, HEAD, true, 'NONE', true, NOW.toISOString()],
    ]);
    expect(verifyPdfSignatures(twice, [], NOW).map((r) => r.certificate?.trusted)).toEqual([false, false]);
  });

  it("the app's own check finds a changed byte, and a change appended after the last signature", () => {
    const tampered = Buffer.from(twice);
    const inSecondUpdate = tampered.indexOf('/Location', once.length) + 12;
    tampered[inSecondUpdate] = tampered[inSecondUpdate]! ^ 0x01;
    expect(verifyPdfSignatures(tampered, [], NOW).map((r) => [r.valid, r.problem])).toEqual([
      [true, null],
      [false, text('errors.signatureCheck.digestMismatch')],
    ]);
    const appended = Buffer.concat([twice, Buffer.from('\n% thêm sau khi ký\n')]);
    expect(verifyPdfSignatures(appended, [], NOW).map((r) => [r.valid, r.changedAfter])).toEqual([
      [true, 'UNSIGNED_CHANGES'],
      [true, 'UNSIGNED_CHANGES'],
    ]);
  });
});

describe('refusals, each with nothing signed', () => {
  it('a wrong PIN is refused in Vietnamese, with the token\'s warning, and the PIN bytes are wiped', async () => {
    const request = input(minutes, leader, LEADER_FIELD, '000000');
    const refusal = await refusalOf(signWithToken(request));
    // SoftHSM2 raises CKF_USER_PIN_COUNT_LOW after a failed login.
    expect(refusal.message).toBe(translate('vi', 'errors.token.pinIncorrect', { triesNote: { key: 'errors.token.pinCountLow' } }));
    expect(refusal.issues).toEqual([{ path: 'pin', message: refusal.message, text: refusal.text }]);
    await loadLanguage('en');
    expect(refusal.text && localize(refusal.text, 'en')).toBe(
      'Wrong PIN. The device reports several wrong tries; if the PIN is wrong again, the device may lock. The minutes have not been signed.',
    );
    expect([...request.pin].every((byte) => byte === 0)).toBe(true);
  });

  it('a wiped PIN after a successful signature too', async () => {
    const request = input(minutes, leader, LEADER_FIELD);
    await signWithToken(request);
    expect([...request.pin].every((byte) => byte === 0)).toBe(true);
  });

  it('a locked token: the module answers CKR_PIN_LOCKED', async () => {
    const locked = overriding({
      C_Login: () => {
        throw pkcs11Failure('CKR_PIN_LOCKED');
      },
    });
    const refusal = await refusalOf(signWithToken(input(minutes, leader, LEADER_FIELD), () => locked));
    expect(refusal.message).toBe(translate('vi', 'errors.token.pinLocked'));
  });

  it('a wrong PIN on the last try says the token will lock', async () => {
    const real = loadCryptoki(SOFTHSM_MODULE);
    const lastTry = overriding({
      C_GetTokenInfo: (slot) => ({ ...real.C_GetTokenInfo(slot), flags: real.C_GetTokenInfo(slot).flags | pkcs11js.CKF_USER_PIN_FINAL_TRY }),
    });
    const refusal = await refusalOf(signWithToken(input(minutes, leader, LEADER_FIELD, '999999'), () => lastTry));
    expect(refusal.message).toBe(translate('vi', 'errors.token.pinIncorrect', { triesNote: { key: 'errors.token.pinFinalTry' } }));
  });

  it('a token pulled out while signing (CKR_DEVICE_REMOVED)', async () => {
    const pulled = overriding({
      C_Sign: () => {
        throw pkcs11Failure('CKR_DEVICE_REMOVED');
      },
    });
    const refusal = await refusalOf(signWithToken(input(minutes, leader, LEADER_FIELD), () => pulled));
    expect(refusal.message).toBe(translate('vi', 'errors.token.tokenRemoved'));
  });

  it('a token removed after it was listed: the module is reloaded and no longer finds it', async () => {
    const request = input(minutes, removable, LEADER_FIELD);
    store.deleteToken('Token rút ra');
    unloadCryptoki(SOFTHSM_MODULE);
    const refusal = await refusalOf(signWithToken(request));
    expect(refusal.message).toBe(translate('vi', 'errors.token.tokenRemoved'));
    expect(listTokenCertificates(loadCryptoki(SOFTHSM_MODULE)).certificates.map((c) => c.subjectName).sort()).toEqual([HEAD, LEADER].sort());
  });

  it('a module path with no file, and a file that is not a PKCS#11 module', async () => {
    const missing = await refusalOf(signWithToken({ ...input(minutes, leader, LEADER_FIELD), modulePath: '/usr/lib/vnpt-ca/khong-co.so' }));
    expect(missing.message).toBe(translate('vi', 'errors.token.moduleMissing', { path: '/usr/lib/vnpt-ca/khong-co.so' }));
    expect(missing.issues?.[0]?.path).toBe('modulePath');
    const notAModule = await refusalOf(signWithToken({ ...input(minutes, leader, LEADER_FIELD), modulePath: '/etc/hostname' }));
    expect(notAModule.message).toBe(translate('vi', 'errors.token.moduleUnloadable', { path: '/etc/hostname' }));
  });

  it('an empty PIN is refused before the token is asked', async () => {
    const refusal = await refusalOf(signWithToken(input(minutes, leader, LEADER_FIELD, '')));
    expect(refusal.message).toBe(translate('vi', 'errors.token.pinEmpty'));
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { audits, issuedMinutes, signatureImages } from '../../db/schema';
import { canonicalJson, sha256Hex } from '../../electron/backend/modules/minutes/minutesContent';
import { prepareMinutes } from '../../electron/backend/modules/minutes/minutesInputs';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import type { MinutesAuditOptions } from '../support/fixtures/minutesAudit';
import { makeTestP12 } from '../support/fixtures/minutesCertificates';
import { makePng } from '../support/fixtures/minutesImages';
import { pdfFonts, pdfPageCount, pdfPageSize, pdfText } from '../support/fixtures/minutesPdfText';
import { pdfsigReport, poppler } from '../support/fixtures/minutesPdfTools';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';
import { localize } from '../../electron/shared/i18n/catalog';

let backend: TestBackend;
afterEach(() => backend?.close());

let clock = new Date('2026-11-25T03:00:00Z');
const start = () => startTestBackend({ now: () => clock });

/** A fresh back end at 25/11/2026 10:00 in Hà Nội, with one audit inserted. */
async function startWithAudit(options: MinutesAuditOptions) {
  clock = new Date('2026-11-25T03:00:00Z');
  backend = await start();
  return insertMinutesAudit(backend.store, options);
}
const pdfOf = (file: { pdfBase64: string }) => Buffer.from(file.pdfBase64, 'base64');
const minutesFiles = (dataDir: string) => (fs.existsSync(path.join(dataDir, 'minutes')) ? fs.readdirSync(path.join(dataDir, 'minutes'), { recursive: true }) : []);

/** pdfimages' rows for pictures (a PNG's transparency comes as a separate 'smask' row). */
const imagesIn = (pdf: Buffer) =>
  poppler('pdfimages', pdf, ['-list'])
    .trim()
    .split('\n')
    .slice(2)
    .filter((row) => row.trim().split(/\s+/)[2] === 'image');

const HEADER_LINES = [
  'UBND TỈNH HÀ TĨNH',
  'ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
];

describe('minutes of a CCHC inspection', () => {
  it('issues numbered A4 minutes with the header, title, number, date, unit, team and every finding, and locks the audit', async () => {
    const audit = await startWithAudit({ kind: 'CCHC', items: 30, findings: 5 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    expect(issued).toMatchObject({ documentCode: '01/BB-UBND', number: 1, year: 2026, revision: 0, fileIntact: true, issuedBy: 'Nguyễn Thị Kiểm Tra' });

    const pdf = pdfOf(await backend.call('minutes.open', { minutesId: issued.id }));
    expect(sha256Hex(pdf)).toBe(issued.pdfSha256);
    const text = pdfText(pdf);
    for (const line of HEADER_LINES) expect(text).toContain(line);
    expect(text).toContain('BIÊN BẢN Kiểm tra công tác cải cách hành chính tại Phòng Văn hóa - Xã hội');
    expect(text).toContain('Số: 01/BB-UBND');
    expect(text).toContain('Bắc Hồng Lĩnh, ngày 25 tháng 11 năm 2026');
    expect(text).toContain('Căn cứ Quyết định số 125/QĐ-UBND ngày 10/11/2026');
    for (const member of audit.team) expect(text).toContain(member);
    expect(text).toContain('Trần Thị Bích Ngọc, Trưởng phòng Văn hóa - Xã hội');
    for (const finding of audit.findingDescriptions) expect(text).toContain(finding);
    expect(text).toContain('Kết quả thực hiện các chỉ tiêu');
    expect(text).toContain('Tồn tại, hạn chế');
    expect(text).toContain('Biên bản được lập thành 02 (hai) bản có giá trị như nhau, Đoàn kiểm tra giữ 01 bản, Phòng Văn hóa - Xã hội giữ 01 bản');
    expect(text).toContain('Nơi nhận:');
    for (const heading of ['TRƯỞNG ĐOÀN KIỂM TRA', 'ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA', 'THƯ KÝ ĐOÀN', 'THÀNH VIÊN ĐOÀN']) expect(text).toContain(heading);
    // Diacritics survive in full: these words differ only by their tone marks.
    expect(text).toMatch(/phường Bắc Hồng Lĩnh/);
    expect(text).not.toMatch(/\uFFFD/);

    expect(pdfPageSize(pdf)).toBe('595.28 x 841.89 pts (A4)');
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);

    const status = backend.store.db.select({ status: audits.status }).from(audits).where(eq(audits.id, audit.auditId)).get();
    expect(status?.status).toBe('locked');
    const log = await backend.call('changeLog.list', { entity: 'audit', entityId: audit.auditId });
    expect(log[0]).toMatchObject({ method: 'minutes.issue', changes: { status: ['closed', 'locked'] } });
  });

  it('stores the SHA-256 of the canonical content and of the PDF, and keeps the file under the data folder', async () => {
    const audit = await startWithAudit({ kind: 'CCHC', items: 12, findings: 2 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const expected = prepareMinutes(backend.store.db, audit.auditId, { number: '01/BB-UBND', documentDate: '2026-11-25', revision: 0, supplements: null, corrections: '' });
    expect(issued.contentSha256).toBe(sha256Hex(canonicalJson(expected.content)));
    const file = path.join(backend.dataDir, 'minutes', '2026', '01-BB-UBND.pdf');
    expect(sha256Hex(fs.readFileSync(file))).toBe(issued.pdfSha256);
  });

  it('numbers from 01 in each calendar year, corrections included', async () => {
    clock = new Date('2026-12-31T16:30:00Z'); // 31/12/2026 23:30 in Hà Nội
    backend = await start();
    const first = await backend.call('minutes.issue', { auditId: insertMinutesAudit(backend.store, { kind: 'CCHC', items: 8, findings: 1 }).auditId });
    const correction = await backend.call('minutes.correct', { minutesId: first.id, corrections: 'Bổ sung tên thành viên vắng mặt.' });
    expect([first.documentCode, correction.documentCode]).toEqual(['01/BB-UBND', '02/BB-UBND']);
    clock = new Date('2026-12-31T17:30:00Z'); // 01/01/2027 00:30 in Hà Nội
    const nextYear = await backend.call('minutes.issue', { auditId: insertMinutesAudit(backend.store, { kind: 'ISO', items: 8, findings: 1 }).auditId });
    expect(nextYear).toMatchObject({ documentCode: '01/BB-UBND', year: 2027 });
    expect(fs.existsSync(path.join(backend.dataDir, 'minutes', '2027', '01-BB-UBND.pdf'))).toBe(true);
  });

  it('refuses to issue an audit that is not closed, or one already issued, and changes nothing', async () => {
    const open = await startWithAudit({ kind: 'CCHC', status: 'in_progress', items: 6, findings: 1 });
    const refused = await backend.dispatch('minutes.issue', { auditId: open.auditId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/chưa kết thúc/) } });
    expect(backend.store.db.select().from(issuedMinutes).all()).toEqual([]);
    expect(minutesFiles(backend.dataDir)).toEqual([]);
    expect(backend.store.db.select({ status: audits.status }).from(audits).where(eq(audits.id, open.auditId)).get()?.status).toBe('in_progress');

    const closed = insertMinutesAudit(backend.store, { kind: 'CCHC', items: 6, findings: 1 });
    const issued = await backend.call('minutes.issue', { auditId: closed.auditId });
    const again = await backend.dispatch('minutes.issue', { auditId: closed.auditId });
    expect(again).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringContaining(`số ${issued.documentCode}`) } });
    expect(backend.store.db.select().from(issuedMinutes).all()).toHaveLength(1);

    const overview = await backend.call('minutes.overview', { auditId: open.auditId });
    expect(overview.issueBlockers.map((blocker) => localize(blocker))).toEqual(['Cuộc kiểm tra chưa kết thúc: hãy kết thúc cuộc kiểm tra trước khi ban hành biên bản.']);
  });

  it('previews a draft without a number and without changing anything', async () => {
    const audit = await startWithAudit({ kind: 'CCHC', status: 'in_progress', items: 10, findings: 2 });
    const draft = await backend.call('minutes.draft', { auditId: audit.auditId });
    const text = pdfText(pdfOf(draft));
    // The watermark is set diagonally, so pdftotext reads it letter by letter.
    expect(text).toMatch(/D ?Ự ?T ?H ?Ả ?O/);
    expect(text).toContain('Số: …/BB-UBND');
    expect(text).toContain('Bắc Hồng Lĩnh, ngày … tháng … năm 2026');
    expect(backend.store.db.select().from(issuedMinutes).all()).toEqual([]);
    expect(minutesFiles(backend.dataDir)).toEqual([]);
  });

  it('places a stored signature image in its owner’s block and leaves the other blocks blank', async () => {
    const audit = await startWithAudit({ kind: 'CCHC', items: 6, findings: 1, withSecretaryAndMembers: false });
    const without = pdfOf(await backend.call('minutes.draft', { auditId: audit.auditId }));
    expect(imagesIn(without)).toEqual([]);

    backend.store.db.insert(signatureImages).values({ personId: audit.leader.personId, png: makePng(240, 80) }).run();
    const overview = await backend.call('minutes.overview', { auditId: audit.auditId });
    expect(overview.signers.map((s) => [s.fullName, s.hasSignatureImage])).toEqual([
      ['Trần Thị Bích Ngọc', false],
      ['Nguyễn Văn Đức', true],
    ]);
    const withImage = pdfOf(await backend.call('minutes.draft', { auditId: audit.auditId }));
    const images = imagesIn(withImage);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/\s240\s+80\s/);
  });
});

describe('minutes of an ISO internal audit', () => {
  it('shows objective, scope, criteria, the team, the findings table with clauses and classes, the conclusion and the requests', async () => {
    const audit = await startWithAudit({ kind: 'ISO', items: 21, findings: 4 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const pdf = pdfOf(await backend.call('minutes.open', { minutesId: issued.id }));
    const text = pdfText(pdf);
    for (const line of HEADER_LINES) expect(text).toContain(line);
    expect(text).toContain('BIÊN BẢN Đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Phòng Văn hóa - Xã hội');
    expect(text).toContain('Số: 01/BB-UBND');
    expect(text).toContain('Bắc Hồng Lĩnh, ngày 25 tháng 11 năm 2026');
    for (const label of ['Mục tiêu:', 'Phạm vi:', 'Chuẩn mực đánh giá:', 'KẾT LUẬN', 'YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC']) expect(text).toContain(label);
    expect(text).toContain('Điều khoản Phát hiện Bằng chứng Phân loại');
    for (const finding of audit.findingDescriptions) expect(text).toContain(finding);
    for (const findingClass of ['Không phù hợp nhẹ', 'Không phù hợp nặng', 'Điểm lưu ý', 'Cơ hội cải tiến']) expect(text).toContain(findingClass);
    expect(text).toContain('8.5.1');
    expect(text).toContain('Hệ thống quản lý chất lượng của đơn vị cơ bản phù hợp với TCVN ISO 9001:2015');
    for (const member of audit.team) expect(text).toContain(member);
    expect(text).toContain('TRƯỞNG ĐOÀN ĐÁNH GIÁ');
    // Requests without a corrective action fall due 2 months after the minutes (settings).
    expect(text).toContain('25/01/2027');
    expect(pdfPageSize(pdf)).toBe('595.28 x 841.89 pts (A4)');
    expect(pdfFonts(pdf).every((font) => font.embedded)).toBe(true);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
  });
});

describe('a biên bản bổ sung', () => {
  it('gets its own number, refers to the first minutes, and both stay reopenable', async () => {
    const audit = await startWithAudit({ kind: 'CCHC', items: 10, findings: 2 });
    const first = await backend.call('minutes.issue', { auditId: audit.auditId });
    clock = new Date('2026-11-27T02:00:00Z');
    const supplement = await backend.call('minutes.correct', {
      minutesId: first.id,
      corrections: 'Đính chính tên đơn vị được kiểm tra tại mục I.\nBổ sung bằng chứng cho phát hiện số 02.',
    });
    expect(supplement).toMatchObject({ documentCode: '02/BB-UBND', revision: 1, supersedesId: first.id, supersedesCode: '01/BB-UBND' });
    const text = pdfText(pdfOf(await backend.call('minutes.open', { minutesId: supplement.id })));
    expect(text).toContain('BIÊN BẢN BỔ SUNG Bổ sung, đính chính Biên bản số 01/BB-UBND');
    expect(text).toContain('Căn cứ Biên bản số 01/BB-UBND ngày 25 tháng 11 năm 2026');
    expect(text).toContain('Đính chính tên đơn vị được kiểm tra tại mục I.');
    expect(text).toContain('Bổ sung bằng chứng cho phát hiện số 02.');
    expect(text).toContain('Bắc Hồng Lĩnh, ngày 27 tháng 11 năm 2026');
    const again = await backend.call('minutes.open', { minutesId: first.id });
    expect(sha256Hex(pdfOf(again))).toBe(first.pdfSha256);
    expect((await backend.call('minutes.overview', { auditId: audit.auditId })).issued.map((m) => m.documentCode)).toEqual(['01/BB-UBND', '02/BB-UBND']);
  });
});

describe('reopening kept files', () => {
  it('refuses a file changed on disk and says so in the overview', async () => {
    const audit = await startWithAudit({ kind: 'CCHC', items: 6, findings: 1 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const file = path.join(backend.dataDir, 'minutes', '2026', '01-BB-UBND.pdf');
    const bytes = fs.readFileSync(file);
    bytes[200] = bytes[200]! ^ 0x01;
    fs.writeFileSync(file, bytes);
    const refused = await backend.dispatch('minutes.open', { minutesId: issued.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/đã bị thay đổi sau khi ban hành/) } });
    expect((await backend.call('minutes.overview', { auditId: audit.auditId })).issued[0]?.fileIntact).toBe(false);
  });
});

describe('digital signatures on issued minutes', () => {
  it('two signers sign in their blocks, one after the other; pdfsig finds both valid and the last covering the whole file', async () => {
    const audit = await startWithAudit({ kind: 'CCHC', items: 10, findings: 2 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    expect(issued.signatureFields.map((f) => [f.fieldName, f.signed])).toEqual([
      ['Đại diện đơn vị được kiểm tra - Trần Thị Bích Ngọc', false],
      ['Trưởng đoàn kiểm tra - Nguyễn Văn Đức', false],
      ['Thư ký đoàn - Võ Thị Thu Hương', false],
      ['Thành viên đoàn - Lê Thị Hồng Nhung', false],
      ['Thành viên đoàn - Phạm Quốc Khánh', false],
    ]);
    const leaderP12 = makeTestP12({ commonName: 'Nguyễn Văn Đức', password: 'Bí mật 2026' }).toString('base64');
    const headP12 = makeTestP12({ commonName: 'Trần Thị Bích Ngọc', password: 'ngoc', keyIndex: 2 }).toString('base64');

    // The blocks are signed in their order: the unit's representative first, then the trưởng đoàn.
    const filesAsIssued = minutesFiles(backend.dataDir);
    const outOfOrder = await backend.dispatch('minutes.sign', { minutesId: issued.id, signerKey: audit.leader.participantId, p12Base64: leaderP12, password: 'Bí mật 2026' });
    expect(outOfOrder).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/Trần Thị Bích Ngọc \(ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA\) cần ký trước/) },
    });
    expect(minutesFiles(backend.dataDir)).toEqual(filesAsIssued);

    const afterHead = await backend.call('minutes.sign', { minutesId: issued.id, signerKey: audit.head.participantId, p12Base64: headP12, password: 'ngoc' });
    expect(pdfsigReport(pdfOf(await backend.call('minutes.open', { minutesId: issued.id }))).filter((s) => s.signed).map((s) => s.valid)).toEqual([true]);
    const afterLeader = await backend.call('minutes.sign', { minutesId: issued.id, signerKey: audit.leader.participantId, p12Base64: leaderP12, password: 'Bí mật 2026' });
    expect(afterHead.signatureFields.find((f) => f.signerKey === audit.head.participantId)).toMatchObject({ signed: true, signedBy: 'Trần Thị Bích Ngọc', signedAt: clock.toISOString() });
    expect(afterHead.signatureFields.find((f) => f.signerKey === audit.leader.participantId)).toMatchObject({ signed: false, signedBy: null });
    expect(afterLeader.signatureFields.filter((f) => f.signed).map((f) => f.signedBy)).toEqual(['Trần Thị Bích Ngọc', 'Nguyễn Văn Đức']);

    const latest = pdfOf(await backend.call('minutes.open', { minutesId: issued.id }));
    expect(sha256Hex(latest)).toBe(afterLeader.latestSha256);
    const report = pdfsigReport(latest).filter((s) => s.signed);
    expect(pdfsigReport(latest).filter((s) => !s.signed)).toHaveLength(3);
    // pdfsig lists fields in form order; the trưởng đoàn signed last, so his covers the whole file.
    expect(report.map((s) => [s.fieldName, s.commonName, s.valid, s.type, s.wholeDocument])).toEqual([
      ['Đại diện đơn vị được kiểm tra - Trần Thị Bích Ngọc', 'Trần Thị Bích Ngọc', true, 'ETSI.CAdES.detached', false],
      ['Trưởng đoàn kiểm tra - Nguyễn Văn Đức', 'Nguyễn Văn Đức', true, 'ETSI.CAdES.detached', true],
    ]);

    // Every version is kept: as issued, after the first and after the second signature.
    const asIssued = pdfOf(await backend.call('minutes.open', { minutesId: issued.id, version: 0 }));
    expect(sha256Hex(asIssued)).toBe(issued.pdfSha256);
    expect(pdfsigReport(pdfOf(await backend.call('minutes.open', { minutesId: issued.id, version: 1 }))).filter((s) => s.signed)).toHaveLength(1);

    const tampered = Buffer.from(latest);
    const at = tampered.indexOf('Tinos') + 2;
    tampered[at] = tampered[at]! ^ 0x01;
    expect(pdfsigReport(tampered).filter((s) => s.signed).map((s) => s.validation)).toEqual(['Digest Mismatch.', 'Digest Mismatch.']);

    const log = JSON.stringify(await backend.call('changeLog.list', { entity: 'minutes_digital_signature' }));
    expect(log).toContain('Nguyễn Văn Đức');
    expect(log).not.toContain('Bí mật 2026');
    expect(log).not.toContain('ngoc"');
  });

  it('refuses a wrong password, an expired certificate, a non-signing certificate, a corrupt file and a block already signed, changing nothing', async () => {
    const audit = await startWithAudit({ kind: 'ISO', items: 6, findings: 1 });
    const issued = await backend.call('minutes.issue', { auditId: audit.auditId });
    const sign = (p12: Buffer, password: string) =>
      backend.dispatch('minutes.sign', { minutesId: issued.id, signerKey: audit.head.participantId, p12Base64: p12.toString('base64'), password });
    const filesBefore = minutesFiles(backend.dataDir);

    const cases: Array<[Promise<unknown>, RegExp]> = [
      [sign(makeTestP12({ commonName: 'Nguyễn Văn Đức', password: 'đúng' }), 'sai'), /Mật khẩu của tệp chứng thư số không đúng/],
      [sign(makeTestP12({ commonName: 'Nguyễn Văn Đức', password: 'p', notAfter: new Date('2026-01-01T00:00:00Z') }), 'p'), /đã hết hiệu lực/],
      [sign(makeTestP12({ commonName: 'Nguyễn Văn Đức', password: 'p', keyUsage: { keyEncipherment: true } }), 'p'), /không được cấp để ký số/],
      [sign(Buffer.from('tệp hỏng'), 'p'), /bị hỏng hoặc không phải tệp PKCS#12/],
    ];
    for (const [attempt, message] of cases) {
      expect(await attempt).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(message) } });
    }
    expect(minutesFiles(backend.dataDir)).toEqual(filesBefore);
    expect((await backend.call('minutes.overview', { auditId: audit.auditId })).issued[0]?.latestSha256).toBe(issued.pdfSha256);

    const good = makeTestP12({ commonName: 'Nguyễn Văn Đức', password: 'p' });
    expect((await sign(good, 'p')) as { ok: boolean }).toMatchObject({ ok: true });
    expect(await sign(good, 'p')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/đã được ký số bởi Nguyễn Văn Đức/) } });
  });
});

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import type { MinutesAuditFixture } from '../support/fixtures/minutesAudit';
import { certificateDer, makeTestAuthority } from '../support/fixtures/minutesCertificates';
import { makeSealPng } from '../support/fixtures/minutesImages';
import { pdfsigReport } from '../support/fixtures/minutesPdfTools';
import { SOFTHSM_MODULE, TOKEN_PIN, enrolOnToken, useSoftHsmStore } from '../support/fixtures/softHsmTokens';
import { MinutesPanelPage } from './pages/MinutesPanelPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';
import { startTestTimestampAuthority } from '../support/fixtures/testTimestampAuthority';
import type { TestTimestampAuthority } from '../support/fixtures/testTimestampAuthority';

describe('Signing minutes with a USB token (web host, SoftHSM2)', () => {
  const store = useSoftHsmStore(['VGCA Ngọc']);
  let app: AppHarness;
  let tsa: TestTimestampAuthority;
  let audit: MinutesAuditFixture;
  const root = makeTestAuthority('RootCA chuyên dùng Chính phủ G2 (thử)', 3);
  beforeAll(async () => {
    app = await startAppHarness();
    tsa = await startTestTimestampAuthority();
    audit = insertMinutesAudit(app.backend.store, { kind: 'CCHC', items: 12, findings: 2 });
    enrolOnToken('VGCA Ngọc', root, { commonName: audit.head.fullName, id: '01' });
    enrolOnToken('VGCA Ngọc', root, { commonName: `${audit.head.fullName} (hết hạn)`, id: '02', notAfter: new Date('2025-12-31T00:00:00Z') });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await tsa.close();
    fs.rmSync(store.dir, { recursive: true, force: true });
  });

  it('imports the root CA certificate into the trust list, and the ward\'s seal with its real diameter, in Cài đặt', async () => {
    const page = await app.open('settings');
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Tổ chức chứng thực được tin cậy' }) });
    await section.getByText('Chưa có chứng thư nào').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await section.getByRole('button', { name: 'Nhập chứng thư gốc (.cer)…' }).click();
    await (await chooser).setFiles({ name: 'rootcag2.cer', mimeType: 'application/pkix-cert', buffer: certificateDer(root.certificate) });
    await section.getByRole('cell', { name: 'RootCA chuyên dùng Chính phủ G2 (thử)', exact: true }).waitFor();
    await expect(section.innerText()).resolves.toContain('01/01/2040');
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'trust-list');

    const sealSection = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Con dấu của cơ quan' }) });
    await sealSection.getByLabel('Đường kính thật của con dấu').fill('38');
    const sealChooser = page.waitForEvent('filechooser');
    await sealSection.getByRole('button', { name: 'Nhập ảnh con dấu (PNG)…' }).click();
    await (await sealChooser).setFiles({ name: 'con-dau.png', mimeType: 'image/png', buffer: makeSealPng() });
    await sealSection.getByRole('img', { name: 'Ảnh con dấu của cơ quan' }).waitFor();
    await expect(app.backend.call('signatures.sealGet', { bodyKey: 'organization' })).resolves.toMatchObject({ diameterMm: 38, width: 240 });

    const timestampSection = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Dấu thời gian cho chữ ký số' }) });
    const address = timestampSection.getByLabel('Địa chỉ máy chủ cấp dấu thời gian');
    await address.fill('tsa.ca.gov.vn');
    await timestampSection.getByText('Địa chỉ máy chủ cấp dấu thời gian phải bắt đầu bằng http:// hoặc https://').waitFor();
    await address.fill(tsa.url);
    await timestampSection.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu máy chủ cấp dấu thời gian.').waitFor();
    await expect.poll(async () => (await app.backend.call('settings.get', {})).timestampServerUrl).toBe(tsa.url);
    await timestampSection.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'timestamp-server-setting');
  }, 60_000);

  it('finds the token, shows each certificate checked, refuses a wrong PIN, then signs the next block', async () => {
    const page = await app.open(`audits/${audit.auditId}/minutes`);
    const minutes = new MinutesPanelPage(page);
    await minutes.waitUntilLoaded();
    await minutes.issue();

    await minutes.issued().first().getByRole('button', { name: 'Ký bằng USB token' }).click();
    const dialog = minutes.dialog();
    await dialog.getByLabel('Trình điều khiển thiết bị (PKCS#11)').fill(SOFTHSM_MODULE);
    await dialog.getByRole('button', { name: 'Tìm thiết bị' }).click();
    await dialog.getByText('Chứng thư số đã hết hiệu lực từ ngày 31/12/2025; không thể ký bằng chứng thư này.').waitFor();
    await saveScreenshot(page, 'token-sign-certificates');
    const cards = dialog.getByRole('radio');
    await expect(cards.count()).resolves.toBe(2);
    // The only certificate that can sign is chosen for the signer; the expired one cannot be chosen.
    const good = cards.filter({ hasNotText: 'hết hạn' });
    await expect(good.innerText()).resolves.toContain('Tin cậy');
    await expect(good.getAttribute('aria-checked')).resolves.toBe('true');
    await expect(cards.filter({ hasText: 'hết hạn' }).isDisabled()).resolves.toBe(true);
    await expect(dialog.innerText()).resolves.toContain('Chưa kiểm tra được tình trạng thu hồi của chứng thư');

    await dialog.getByLabel('Mã PIN của thiết bị').fill('000000');
    await dialog.getByRole('button', { name: 'Ký số' }).click();
    await dialog.getByText(/^Mã PIN không đúng\./).first().waitFor();
    await expect(dialog.getByLabel('Mã PIN của thiết bị').inputValue()).resolves.toBe('');
    await saveScreenshot(page, 'token-sign-wrong-pin');

    await dialog.getByLabel('Mã PIN của thiết bị').fill(TOKEN_PIN);
    await dialog.getByRole('button', { name: 'Ký số' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => minutes.issued().first().innerText())
      .toContain(`Đại diện đơn vị được kiểm tra - ${audit.head.fullName}: đã ký số bởi ${audit.head.fullName}`);
    await page.getByText(/^Chữ ký có dấu thời gian \(PAdES B-T\) lúc .*, do TSA thử nghiệm Bắc Hồng Lĩnh cấp\.$/).waitFor();
    // The blocks are signed in order: one of five is signed, the trưởng đoàn is next.
    const card = minutes.issued().first();
    await card.getByText('Đã ký 1/5 khối chữ ký').waitFor();
    await expect(card.getByRole('listitem').filter({ hasText: 'Tiếp theo' }).innerText()).resolves.toContain(`Trưởng đoàn kiểm tra - ${audit.leader.fullName}`);
    await saveScreenshot(page, 'token-signed');

    // Only the next block can be chosen in the signing dialog; the later ones wait their turn.
    await card.getByRole('button', { name: 'Ký số', exact: true }).click();
    await minutes.dialog().getByLabel('Ký vào khối chữ ký').first().click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    await expect(options.count()).resolves.toBe(4);
    await expect(options.first().innerText()).resolves.toBe(`Trưởng đoàn kiểm tra - ${audit.leader.fullName}`);
    await expect(options.first().getAttribute('data-combobox-disabled')).resolves.toBeNull();
    for (const later of await options.all().then((all) => all.slice(1))) {
      await expect(later.getAttribute('data-combobox-disabled')).resolves.toBe('true');
      await expect(later.innerText()).resolves.toMatch(/ \(chờ các khối trước\)$/);
    }
    await saveScreenshot(page, 'sign-next-block-only');
    await page.keyboard.press('Escape');
    await minutes.closeDialog();

    await minutes.issued().first().getByRole('button', { name: 'Kiểm tra chữ ký số' }).click();
    const report = minutes.dialog().getByRole('region', { name: `Đại diện đơn vị được kiểm tra - ${audit.head.fullName}` });
    await report.getByText('Chữ ký hợp lệ').waitFor();
    await expect(report.innerText()).resolves.toContain('Tin cậy');
    await expect(report.innerText()).resolves.toContain('Tệp không thay đổi sau chữ ký này.');
    await expect(report.innerText()).resolves.toMatch(/Dấu thời gian \(PAdES B-T\): .*, do TSA thử nghiệm Bắc Hồng Lĩnh cấp/);
    await saveScreenshot(page, 'token-signature-report');
    await minutes.closeDialog();

    const signedPdf = fs.readFileSync((await (await minutes.saveAs()).path())!);
    fs.writeFileSync('tests/.artifacts/token-signed-minutes.pdf', signedPdf);
    expect(pdfsigReport(signedPdf).filter((s) => s.signed).map((s) => [s.commonName, s.valid, s.wholeDocument])).toEqual([[audit.head.fullName, true, true]]);
  }, 120_000);
});

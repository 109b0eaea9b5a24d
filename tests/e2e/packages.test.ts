import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { uploadPackage } from '../support/packageUpload';
import { startedBackends, TINY_PNG } from '../support/startedBackends';
import { makeTempDir } from '../support/tempBackend';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

const { start } = startedBackends();

describe('packages between laptops in the browser', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app.close();
  });

  it('hands an audit out from Cài đặt, shows it away on the audit, previews and imports the result package', async () => {
    const audit = await startSampleAudit(app.backend);
    const team = await start();
    const page = await app.open('settings');
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Gói dữ liệu' }) });
    await section.getByText('Không có cuộc kiểm tra nào đang giao hoặc nhận').waitFor();

    await section.getByLabel('Cuộc kiểm tra được giao').click();
    await page.getByRole('option', { name: 'Kiểm tra công tác CCHC năm 2026 tại Phòng Văn hóa - Xã hội' }).click();
    await page.keyboard.press('Escape');
    await section.getByLabel('Tên máy nhận').fill('Máy tổ 2');
    // The package is handed to the user as a download (the desktop app turns it into "save as").
    const [handoutDownload] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), section.getByRole('button', { name: 'Giao và xuất gói' }).click()]);
    expect(handoutDownload.suggestedFilename()).toMatch(/^goi-giao-viec-\d{8}T\d{6}Z\.zip$/);
    const handoutFile = path.join(makeTempDir('goi-tai-ve-'), handoutDownload.suggestedFilename());
    await handoutDownload.saveAs(handoutFile);
    await section.getByRole('cell', { name: 'Đang giao', exact: true }).waitFor({ timeout: 30_000 });
    const [handover] = await app.backend.call('packages.handovers', {});
    expect(handover).toMatchObject({ auditId: audit.auditId, direction: 'out', machineName: 'Máy tổ 2' });
    await section.screenshot({ path: 'tests/.artifacts/packages-section.png' });

    const auditPage = await app.open(`audits/${audit.auditId}/checklist`);
    await auditPage.getByTestId('audit-away').waitFor();
    await expect(auditPage.getByTestId('audit-away').innerText()).resolves.toBe('Đang ở máy Máy tổ 2');
    await expect(auditPage.getByRole('button', { name: 'Phù hợp' }).first().isDisabled()).resolves.toBe(true);
    await auditPage.getByText('Cuộc kiểm tra đang ở máy Máy tổ 2: ở máy này chỉ xem được').waitFor();
    await saveScreenshot(auditPage, 'packages-audit-away');

    // The team laptop: imports the hand-out, answers, records a finding and evidence, exports the result.
    // The downloaded file is byte for byte the package the back end wrote.
    expect(fs.readFileSync(handoutFile).equals(fs.readFileSync(path.join(app.backend.dataDir, 'goi-du-lieu', handoutDownload.suggestedFilename())))).toBe(true);
    await team.call('packages.import', { uploadId: await uploadPackage(team, handoutFile) });
    await team.call('audits.saveResponse', { auditId: audit.auditId, itemId: audit.version.items['A.1']!, conformity: 'phu_hop', note: 'Đã xem kế hoạch' });
    await team.call('findings.create', { auditId: audit.auditId, findingClass: 'diem_luu_y', description: 'Bảng niêm yết bị mờ', requiresAction: false });
    await team.call('evidence.upload', { auditId: audit.auditId, itemId: audit.version.items['A.1']!, fileName: 'ảnh.png', mimeType: 'image/png', base64: TINY_PNG.toString('base64') });
    const result = await team.call('packages.exportResult', { password: 'mật khẩu tổ 2' });

    await page.bringToFront();
    // Picked with the file chooser, as a file received over a chat app; it is sent to the back end in chunks.
    await section.locator('input[type="file"]').setInputFiles(result.filePath);
    await expect.poll(() => section.getByRole('button', { name: 'Xem trước' }).isEnabled(), { timeout: 30_000 }).toBe(true);
    await section.getByText(path.basename(result.filePath)).waitFor();
    await section.screenshot({ path: 'tests/.artifacts/packages-picked.png' });
    await section.getByLabel('Mật khẩu gói (không bắt buộc)').last().fill('mật khẩu tổ 2');
    await section.getByRole('button', { name: 'Xem trước' }).click();
    const preview = section.getByTestId('package-preview');
    await preview.waitFor({ timeout: 30_000 });
    await expect(preview.innerText()).resolves.toMatch(/Gói kết quả[\s\S]*Từ máy [^\n]+, lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}[\s\S]*1 cuộc kiểm tra · \d+ bản ghi · 1 tệp/);
    await preview.screenshot({ path: 'tests/.artifacts/packages-preview.png' });
    await preview.getByRole('button', { name: 'Nhập gói' }).click();
    const done = section.getByTestId('package-imported');
    await done.waitFor({ timeout: 30_000 });
    await expect(done.innerText()).resolves.toMatch(/^Đã nhập gói: \d+ bản ghi thêm, \d+ bản ghi đổi, 0 bản ghi xóa, 1 tệp bằng chứng mới\.$/);
    await section.getByRole('cell', { name: 'Đã nhập kết quả', exact: true }).waitFor();
    await saveScreenshot(page, 'packages-imported');
    await section.screenshot({ path: 'tests/.artifacts/packages-section-returned.png' });
    // The audit is back: no longer read-only here.
    await auditPage.reload();
    await auditPage.getByRole('button', { name: 'Phù hợp' }).first().waitFor();
    expect(await auditPage.getByTestId('audit-away').count()).toBe(0);
    await expect(auditPage.getByRole('button', { name: 'Phù hợp' }).first().isEnabled()).resolves.toBe(true);
    expect((await app.backend.call('findings.list', { auditId: audit.auditId })).map((f) => f.description)).toEqual(['Bảng niêm yết bị mờ']);
  });
});

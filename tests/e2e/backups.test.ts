import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { addBulkEvidence } from '../support/fixtures/bulkEvidence';
import { BackupsPageObject } from './pages/BackupsPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

describe('backups and restore in the browser', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app.close();
  });

  it('warns on the home screen, backs up from it, names the laptop, and restores a backup from Cài đặt', async () => {
    const kept = await startSampleAudit(app.backend);
    const page = await app.open('dashboard');
    const backups = new BackupsPageObject(page);
    await expect(backups.warning().innerText()).resolves.toContain('Dữ liệu chưa được sao lưu lần nào');
    await saveScreenshot(page, 'backup-warning');
    await backups.warning().getByRole('button', { name: 'Sao lưu ngay' }).click();
    await backups.warning().waitFor({ state: 'detached' });
    const [first] = (await app.backend.call('backups.status', {})).backups;
    expect(first).toMatchObject({ auditCount: 1, reason: 'manual' });

    const later = await startSampleAudit(app.backend);
    await page.goto(`${app.host.url}#/settings`);
    await backups.rows().first().waitFor();
    await expect(backups.lastBackup().innerText()).resolves.toMatch(/^Bản sao lưu đã kiểm tra gần nhất: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expect(backups.rows().first().innerText()).resolves.toContain(first!.fileName);
    const machineName = page.getByLabel('Tên máy này');
    await machineName.fill('Máy đoàn kiểm tra 1');
    await machineName.press('Enter');
    await expect.poll(async () => (await app.backend.call('identity.get', {})).machine.name).toBe('Máy đoàn kiểm tra 1');
    await page.locator('section').filter({ has: page.getByRole('heading', { name: 'Máy này và kho dữ liệu' }) }).screenshot({ path: 'tests/.artifacts/identity-section.png' });
    await saveScreenshot(page, 'backups-settings');
    await backups.section().screenshot({ path: 'tests/.artifacts/backups-section.png' });

    await backups.restore(first!.fileName);
    const done = page.getByRole('dialog', { name: 'Đã khôi phục dữ liệu' });
    await done.waitFor({ timeout: 30_000 });
    await expect(done.innerText()).resolves.toContain('Trạng thái trước đó được giữ trong sao-luu-');
    await saveScreenshot(page, 'backups-restored');
    await done.getByRole('button', { name: 'Mở lại ứng dụng' }).click();
    await backups.rows().nth(1).waitFor();
    await expect(backups.rows().first().innerText()).resolves.toContain('Trước khi khôi phục');
    const audits = (await app.backend.call('audits.list', {})).map((audit) => audit.id);
    expect(audits).toEqual([kept.auditId]);
    expect(audits).not.toContain(later.auditId);
  });

  it('shows the progress of a backup that takes more than a second, and cancels it leaving nothing', async () => {
    // Enough bytes that the backup outlasts the one second before progress shows, and the clicks after it, even on a
    // quiet machine where every file is in the page cache: the single-pass backup got through 800 MB in about a second.
    addBulkEvidence(app.backend.dataDir, 256, 8 * 1024 * 1024);
    const before = (await app.backend.call('backups.status', {})).backups.map((backup) => backup.fileName);
    const page = await app.open('settings');
    const backups = new BackupsPageObject(page);
    await backups.rows().first().waitFor();
    await backups.backUpNow();
    const progress = page.getByTestId('backup-progress');
    await progress.waitFor({ timeout: 30_000 });
    await expect(progress.innerText()).resolves.toMatch(/Đang sao lưu[\s\S]*\d+\/257 tệp · [\d.,]+\/[\d.,]+ MB/);
    await progress.screenshot({ path: 'tests/.artifacts/backup-progress.png' });
    await progress.getByRole('button', { name: 'Hủy' }).click();
    await page.getByText('Đã hủy theo yêu cầu').first().waitFor({ timeout: 30_000 });
    await progress.waitFor({ state: 'detached' });
    const folder = (await app.backend.call('backups.status', {})).folder;
    expect(fs.readdirSync(folder).sort()).toEqual(before.sort());
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend } from '../support/tempBackend';
import { putUnitsIndexOutOfStep } from '../support/storeDamage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

describe('a store found damaged by the background check, in the browser', () => {
  let app: AppHarness;
  beforeAll(async () => {
    const seeded = await startTestBackend();
    seeded.close();
    putUnitsIndexOutOfStep(seeded.store.filePath);
    app = await startAppHarness({ dataDir: seeded.dataDir, backgroundIntegrityCheck: true });
  });
  afterAll(async () => {
    await app.close();
  });

  it('says what happened and what to do, then stays in view-only mode with a banner', async () => {
    const page = await app.open('units');
    const dialog = page.getByRole('dialog', { name: 'Tệp dữ liệu bị hỏng' });
    await dialog.waitFor({ timeout: 30_000 });
    const text = await dialog.innerText();
    expect(text).toContain('ứng dụng không ghi thêm gì vào tệp');
    expect(text).toContain(`Mở thư mục dữ liệu: ${app.backend.dataDir}`);
    expect(text).toMatch(/tệp \.bak/);
    await saveScreenshot(page, 'store-damaged-dialog');

    await page.getByRole('button', { name: 'Chỉ xem dữ liệu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const banner = page.getByTestId('store-damaged-banner');
    await expect(banner.innerText()).resolves.toContain('chỉ cho xem, không ghi');
    await expect(page.getByText('Phòng Văn hóa - Xã hội').first().isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'store-damaged-banner');
    await page.getByRole('button', { name: 'Xem cách khắc phục' }).click();
    await dialog.waitFor();
  });
});

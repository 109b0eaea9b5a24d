import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShellPage } from './pages/AppShellPage';
import { UnitsPageObject } from './pages/UnitsPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

describe('Units page in the browser (web host)', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the ward units from the plan in Vietnamese, in Vietnamese order', async () => {
    const page = await app.open('units');
    const units = new UnitsPageObject(page);
    await units.row('VHXH').waitFor();
    const names = await units.rowNames();
    expect(names).toEqual([
      'Văn phòng HĐND và UBND',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Phòng Văn hóa - Xã hội',
      'Trung tâm Phục vụ hành chính công',
      'Trung tâm Dịch vụ tổng hợp',
    ]);
    await expect(units.row('DVTH').innerText()).resolves.toContain('Ngoài phạm vi');
    await saveScreenshot(page, 'units-page');
  });

  it('finds units when typing without diacritics', async () => {
    const page = await app.open('units');
    const units = new UnitsPageObject(page);
    await units.row('VP').waitFor();
    await units.search('van hoa');
    await expect.poll(() => units.rowNames()).toEqual(['Phòng Văn hóa - Xã hội']);
  });

  it('creates, edits and deactivates a unit, and the store records it', async () => {
    const page = await app.open('units');
    const shell = new AppShellPage(page);
    const units = new UnitsPageObject(page);
    await units.row('VP').waitFor();

    await units.openCreateForm();
    await units.fillForm({ code: 'TYT', name: 'Trạm Y tế phường' });
    await units.save();
    await shell.toast('Đã thêm đơn vị Trạm Y tế phường');
    await units.row('TYT').waitFor();

    await units.edit('Trạm Y tế phường');
    await units.fillForm({ name: 'Trạm Y tế phường Bắc Hồng Lĩnh' });
    await units.save();
    await shell.toast('Đã lưu đơn vị Trạm Y tế phường Bắc Hồng Lĩnh');

    await units.deactivate('Trạm Y tế phường Bắc Hồng Lĩnh');
    await expect.poll(() => units.row('TYT').count()).toBe(0);

    const stored = await app.backend.call('units.list', { includeInactive: true });
    expect(stored.find((u) => u.code === 'TYT')).toMatchObject({ name: 'Trạm Y tế phường Bắc Hồng Lĩnh', active: false });
    const log = await app.backend.call('changeLog.list', { entity: 'unit' });
    expect(log.map((entry) => entry.method)).toEqual(['units.setActive', 'units.update', 'units.create']);
  });

  it('refuses an invalid form with Vietnamese messages and saves nothing', async () => {
    const page = await app.open('units');
    const units = new UnitsPageObject(page);
    await units.row('VP').waitFor();
    const before = await app.backend.call('units.list', { includeInactive: true });

    await units.openCreateForm();
    await units.fillForm({ code: 'VP', name: '   ' });
    await units.save();
    await expect(units.dialog().getByText('Tên đơn vị không được để trống').isVisible()).resolves.toBe(true);
    await units.fillForm({ name: 'Một đơn vị trùng mã' });
    await units.save();
    await saveScreenshot(page, 'units-duplicate-code');
    await units.dialog().getByText('Mã đơn vị "VP" đã được dùng cho đơn vị khác.').waitFor();
    expect(await app.backend.call('units.list', { includeInactive: true })).toEqual(before);
  });
});

describe('First start in the browser', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness({ withProfile: false });
  });
  afterAll(async () => {
    await app.close();
  });

  it('asks who is working before anything else, then records that person', async () => {
    const page = await app.open();
    const dialog = page.getByRole('dialog', { name: 'Chào mừng! Ai đang sử dụng máy này?' });
    await dialog.waitFor();
    await dialog.getByLabel('Họ và tên').fill('Lê Thị Hoa');
    await dialog.getByLabel('Chức vụ').fill('Chuyên viên Phòng Văn hóa - Xã hội');
    await dialog.getByRole('button', { name: 'Tạo hồ sơ và bắt đầu' }).click();
    await expect.poll(() => new AppShellPage(page).currentProfileName().innerText()).toBe('Lê Thị Hoa');
    const info = await app.backend.call('app.info', {});
    expect(info.currentProfile?.fullName).toBe('Lê Thị Hoa');
  });

  it('switches the interface to English and back', async () => {
    const page = await app.open('units');
    const shell = new AppShellPage(page);
    await shell.switchLanguage('EN');
    await page.getByRole('heading', { level: 1, name: 'Units' }).waitFor();
    await shell.switchLanguage('VI');
    await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
  });

  it('shows field messages and a refusal of the back end in English when English is chosen, and saves nothing', async () => {
    const page = await app.open('units');
    const shell = new AppShellPage(page);
    const before = await app.backend.call('units.list', { includeInactive: true });
    await shell.switchLanguage('EN');
    await page.getByRole('heading', { level: 1, name: 'Units' }).waitFor();
    await page.getByRole('button', { name: 'Add unit' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add unit' });
    await dialog.getByLabel('Unit code').fill('VP');
    // The contract's own field message, shown by the form in English too.
    await dialog.getByLabel('Unit name').fill('x');
    await dialog.getByLabel('Unit name').fill('');
    await dialog.getByText('Unit name must not be empty').waitFor();
    await dialog.getByLabel('Unit name').fill('A unit with a taken code');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('The unit code "VP" is already used by another unit.').waitFor();
    await saveScreenshot(page, 'units-refusal-english');
    expect(await app.backend.call('units.list', { includeInactive: true })).toEqual(before);
    // Closing with the typed values asks first (issue 17), in English too.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard and close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await shell.switchLanguage('VI');
    await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleAudit } from '../support/fixtures/auditsFixture';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

/** What has the keyboard focus: its label's text, or its own name. */
const focusedFieldLabel = (page: Page) =>
  page.evaluate(() => {
    const field = document.activeElement as HTMLInputElement | null;
    return field?.labels?.[0]?.textContent ?? field?.getAttribute('aria-label') ?? '';
  });

describe('Forms never lose input (issue 17)', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('closes a date picker on Esc, not its dialog, and asks before closing a dialog with changes', async () => {
    const page = await app.open('units/can-bo');
    await page.getByRole('button', { name: 'Thêm cán bộ' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
    await dialog.getByLabel('Họ và tên').fill('Phan Thị Thanh Tâm');
    await dialog.getByLabel('Đã được đào tạo đánh giá viên nội bộ ISO 9001').check();
    await dialog.getByLabel('Ngày cấp').click();
    const calendar = page.locator('[data-dates-dropdown]');
    await calendar.waitFor();

    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);

    // Esc again with a name typed: the dialog asks, and "Tiếp tục nhập" keeps the name.
    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Tiếp tục nhập' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(await dialog.getByLabel('Họ và tên').inputValue()).toBe('Phan Thị Thanh Tâm');

    // Cancel asks too; discarding closes.
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await question.getByRole('button', { name: 'Bỏ thay đổi và đóng' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // An untouched dialog closes at once.
    await page.getByRole('button', { name: 'Thêm cán bộ' }).first().click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await question.count()).toBe(0);
    await page.context().close();
  });

  it('keeps the start form on Enter in a date field, states the range of a date outside it, and takes the user to the first error', async () => {
    const page = await app.open('audits/new');
    await page.getByLabel('Ngày bắt đầu').waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });

    // Placeholders read as examples, not as values already filled in.
    expect(await page.getByLabel('Quyết định thành lập đoàn (số)').getAttribute('placeholder')).toMatch(/^Ví dụ: /);
    // A CCHC audit does not ask for the ISO minutes' objective, scope and criteria; an ISO audit does.
    expect(await page.getByLabel('Mục tiêu').count()).toBe(0);
    await page.getByText('Đánh giá nội bộ ISO', { exact: true }).click();
    await page.getByLabel('Mục tiêu').waitFor();
    await page.getByText('Kiểm tra CCHC', { exact: true }).click();
    await page.getByLabel('Mục tiêu').waitFor({ state: 'detached' });

    const startDate = page.getByLabel('Ngày bắt đầu');
    await startDate.fill('24/11/2026');
    await startDate.press('Enter');
    // Not submitted: a submit would mark every required field still empty.
    await page.waitForTimeout(300);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(page.url()).toContain('#/audits/new');
    expect(await startDate.inputValue()).toBe('24/11/2026');
    expect(await app.backend.call('audits.list', {})).toHaveLength(0);

    // The plan cannot be dated after the audit starts: the typed date stays, with the range stated.
    const planDate = page.getByLabel('Ngày kế hoạch');
    await planDate.fill('30/11/2026');
    await planDate.press('Tab');
    await page.getByText('Chọn ngày đến 24/11/2026 là muộn nhất').waitFor();
    expect(await planDate.inputValue()).toBe('30/11/2026');
    await saveScreenshot(page, 'forms-start-date-range');

    // Submitting goes to the first field in error and puts the cursor there: from the button at the bottom,
    // the user is taken back up to the unit, still to choose.
    const submit = page.getByRole('button', { name: 'Bắt đầu kiểm tra' });
    await submit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedFieldLabel(page)).toContain('Đơn vị được kiểm tra');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    const inView = await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return box.top > 60 && box.bottom < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: 'tests/.artifacts/forms-start-error.png' });
    await expect.poll(() => focusedFieldLabel(page)).toContain('Đơn vị được kiểm tra');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await page.screenshot({ path: 'tests/.artifacts/forms-start-error.png' });
    expect(await app.backend.call('audits.list', {})).toHaveLength(0);
    await page.context().close();
  });

  it('keeps a long dialog\'s Cancel and Save in view at 1280×720', async () => {
    const { auditId } = await startSampleAudit(app.backend);
    const page = await app.open(`audits/${auditId}/info`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Sửa thông tin và đoàn kiểm tra' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa thông tin cuộc kiểm tra' });
    await dialog.waitFor();
    const save = dialog.getByRole('button', { name: 'Lưu' });
    // The form is taller than the window, and still its buttons show without scrolling.
    expect(await dialog.evaluate((element) => element.scrollHeight > window.innerHeight)).toBe(true);
    const box = (await save.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(await save.evaluate((button) => document.elementFromPoint(button.getBoundingClientRect().x + 5, button.getBoundingClientRect().y + 5) === button || button.contains(document.elementFromPoint(button.getBoundingClientRect().x + 5, button.getBoundingClientRect().y + 5)))).toBe(true);
    await page.context().close();
  });
});

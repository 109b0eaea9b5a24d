import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAuditWithFindings, insertPerson, unitIdByCode } from '../support/fixtures/actionsAudit';
import { GlobalSearchPage } from './pages/GlobalSearchPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

describe('finding one’s way: search across everything, the staff entry, the shortcut button', () => {
  let app: AppHarness;
  let auditId: string;
  beforeAll(async () => {
    app = await startAppHarness();
    const store = app.backend.store;
    const unitId = unitIdByCode(store, 'VHXH');
    const owner = insertPerson(store, 'Đỗ Thị Đào', unitId, 'Chuyên viên');
    insertPerson(store, 'Lê Hồ Sơn', null, 'Công chức Tư pháp');
    const audit = insertAuditWithFindings(store, {
      kind: 'CCHC',
      unitCode: 'VHXH',
      title: 'Kiểm tra công tác CCHC Phòng Văn hóa - Xã hội',
      startDate: '2026-03-02',
      endDate: '2026-03-03',
      findings: [{ description: 'Hồ sơ TTHC chưa được lưu đầy đủ' }],
    });
    auditId = audit.auditId;
    await app.backend.call('actions.create', {
      findingId: audit.findingIds[0]!,
      ownerUnitId: unitId,
      ownerPersonId: owner,
      actionPlan: 'Phân công công chức lưu hồ sơ điện tử hằng tuần',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens with Ctrl+K, finds every kind without tone marks, grouped, and opens a hit from the keyboard', async () => {
    const page = await app.open('dashboard');
    await page.setViewportSize({ width: 1366, height: 768 });
    const search = new GlobalSearchPage(page);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await search.searchFromKeyboard('ho so');
    await search.group(/^Phát hiện/).waitFor();
    expect(await search.input().getAttribute('aria-expanded')).toBe('true');
    expect(await search.input().getAttribute('aria-controls')).toBe(await search.results().getAttribute('id'));
    // Typing may pause mid-word on a busy machine: the list settles on the whole text.
    await expect.poll(async () => (await search.groupNames()).slice(0, 3)).toEqual(['Cán bộ (1)', 'Phát hiện (1)', 'Hành động khắc phục (1)']);
    expect((await search.groupNames())[3]).toMatch(/^Câu hỏi kiểm tra \(/);
    await saveScreenshot(page, 'search-results-1366');

    // The arrows move through the hits, across groups; Enter opens the one reached.
    await page.keyboard.press('ArrowDown');
    expect(await search.activeOption()).toContain('Lê Hồ Sơn');
    await page.keyboard.press('ArrowDown');
    expect(await search.activeOption()).toContain('Hồ sơ TTHC chưa được lưu đầy đủ');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/audits/${auditId}/findings$`));
    await page.getByRole('tab', { name: /^Phát hiện/, selected: true }).waitFor();
    expect(await search.input().inputValue()).toBe('');
  });

  it('finds a person with đ typed as d and opens the staff list on them', async () => {
    const page = await app.open('audits');
    const search = new GlobalSearchPage(page);
    await search.input().click();
    await search.input().fill('do thi dao');
    await search.option(/Đỗ Thị Đào/).click();
    await page.waitForURL(/#\/units\/can-bo$/);
    await page.locator('[data-person-name="Đỗ Thị Đào"]').waitFor();
    expect(await page.locator('[data-person-name]').count()).toBe(1);
    await page.keyboard.press('Control+K');
    await search.input().fill('khong co o dau ca');
    await page.getByRole('status').filter({ hasText: 'Không tìm thấy gì cho “khong co o dau ca”.' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await search.input().getAttribute('aria-expanded')).toBe('false');
  });

  it('gives Cán bộ its own place in the side menu and the shortcut help a labelled button', async () => {
    const page = await app.open('dashboard');
    const menu = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await menu.getByRole('link', { name: 'Cán bộ', exact: true }).click();
    await page.waitForURL(/#\/units\/can-bo$/);
    expect(await menu.getByRole('link', { name: 'Cán bộ', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await menu.getByRole('link', { name: 'Đơn vị', exact: true }).getAttribute('aria-current')).toBeNull();
    await page.keyboard.press('Alt+6');
    await page.waitForURL(/#\/units$/);

    // The notice of actions due sits over the header's right end until it is closed.
    await page.getByRole('alert').filter({ hasText: 'Hành động khắc phục cần chú ý' }).getByRole('button', { name: 'Đóng' }).click();
    await page.getByRole('button', { name: 'Phím tắt (?)' }).click();
    const help = page.getByRole('dialog', { name: 'Phím tắt' });
    await help.getByText('Tìm kiếm mọi thứ: Ctrl + K').waitFor();
    await help.getByText('Chuyển khu vực: Alt + 1 … 9').waitFor();
  });
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audits, units } from '../../db/schema';
import { AppShellPage } from './pages/AppShellPage';
import { ChecklistsPageObject } from './pages/ChecklistsPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

describe('Checklists in the browser (web host)', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app.close();
  });

  const versionOf = async (code: string) => {
    const template = (await app.backend.call('checklists.list', { includeRetired: true })).find((t) => t.code === code)!;
    return app.backend.call('checklists.getVersion', { id: (template.draft ?? template.published)!.id });
  };
  const sectionCodes = async (code: string, section: string) => (await versionOf(code)).sections.find((s) => s.code === section)!.items.map((i) => i.code);

  it('lists the three built-in checklists with their published version', async () => {
    const page = await app.open('checklists');
    const checklists = new ChecklistsPageObject(page);
    await checklists.templateRow('CCHC-TKT-2026').waitFor();
    await expect(checklists.templateRow('ISO9001-DGNB').innerText()).resolves.toMatch(/Đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015[\s\S]*Đang dùng[\s\S]*Phiên bản 1[\s\S]*73 câu hỏi/);
    await page.getByLabel('Tìm danh mục').fill('quy trinh');
    await expect.poll(() => page.locator('tr[data-template-code]').count()).toBe(1);
    await saveScreenshot(page, 'checklists-list');
  });

  it('clones the CCHC checklist for 2027, edits it by form, keyboard and drag, and publishes it', async () => {
    const page = await app.open('checklists');
    const shell = new AppShellPage(page);
    const checklists = new ChecklistsPageObject(page);
    const source = await versionOf('CCHC-TKT-2026');

    await checklists.cloneFromList('Tự kiểm tra công tác CCHC năm 2026');
    const cloneDialog = checklists.dialog('Nhân bản danh mục');
    await expect(cloneDialog.getByLabel('Tên danh mục').inputValue()).resolves.toBe('Tự kiểm tra công tác CCHC năm 2027');
    await expect(cloneDialog.getByLabel('Mã danh mục').inputValue()).resolves.toBe('CCHC-TKT-2027');
    await cloneDialog.getByRole('button', { name: 'Lưu' }).click();
    await shell.toast('Đã tạo danh mục Tự kiểm tra công tác CCHC năm 2027');
    await page.getByRole('heading', { level: 1, name: 'Tự kiểm tra công tác CCHC năm 2027' }).waitFor();
    await checklists.itemRow('1.1').waitFor();

    // Edit a question through the form; the contract's rules answer as the user types.
    const form = await checklists.editItem('1.1');
    await form.getByRole('textbox', { name: /^Câu hỏi/ }).fill('');
    await form.getByText('Câu hỏi không được để trống').waitFor();
    await form.getByRole('textbox', { name: /^Câu hỏi/ }).fill('Ban hành kế hoạch CCHC năm 2027 đúng quy định và triển khai có hiệu quả?');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'hidden' });
    await checklists.itemRow('1.1').getByText('Ban hành kế hoạch CCHC năm 2027 đúng quy định').waitFor();

    // Keyboard: Alt+↓ moves the focused item down, and focus stays with it.
    await checklists.itemRow('1.1').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => sectionCodes('CCHC-TKT-2027', '1')).toEqual(['1.1-1', '1.1', '1.1-2', '1.2', '1.2-1', '1.3', '1.3-1', '1.4']);
    await expect.poll(() => checklists.focusedRowKey()).toMatch(/^item:/);
    await expect(page.evaluate(() => document.activeElement?.querySelector('[data-item-code]')?.getAttribute('data-item-code'))).resolves.toBe('1.1');

    // Drag: the grip of 1.2 dropped on the upper half of 1.1-1 puts it first.
    await checklists.dragItemOnto('1.2', '1.1-1', 'before');
    await expect.poll(() => sectionCodes('CCHC-TKT-2027', '1')).toEqual(['1.2', '1.1-1', '1.1', '1.1-2', '1.2-1', '1.3', '1.3-1', '1.4']);

    // Retire a supporting check: kept on record, not asked.
    await checklists.itemRow('1.1-2').getByRole('button', { name: /^Ngừng hỏi: 1\.1-2 / }).click();
    await checklists.itemRow('1.1-2').getByText('Ngừng hỏi', { exact: true }).waitFor();

    // A new section with a numeric indicator typed the Vietnamese way.
    await page.getByRole('button', { name: 'Thêm phần' }).first().click();
    const sectionDialog = checklists.dialog('Thêm phần');
    await expect(sectionDialog.getByLabel('Mã phần').inputValue()).resolves.toBe('8');
    await sectionDialog.getByLabel('Tên phần').fill('Tác động của CCHC');
    await sectionDialog.getByLabel('Tên phần').press('Enter');
    await sectionDialog.waitFor({ state: 'hidden' });
    await checklists.sectionRow('1').focus();
    await page.keyboard.press('End');
    await checklists.sectionRow('8').getByRole('button', { name: 'Thêm câu hỏi: Phần 8. Tác động của CCHC' }).click();
    const itemDialog = page.getByRole('dialog', { name: 'Thêm câu hỏi vào Phần 8. Tác động của CCHC' });
    await itemDialog.getByLabel('Mã câu hỏi').fill('8.1');
    await itemDialog.getByRole('textbox', { name: /^Câu hỏi/ }).fill('Chỉ số hài lòng của người dân (SIPAS) của phường');
    await itemDialog.locator('label').filter({ hasText: /^Số liệu$/ }).click();
    await itemDialog.getByLabel('Ngưỡng').fill('140');
    await itemDialog.getByText('Ngưỡng phần trăm phải từ 0 đến 100').waitFor();
    await itemDialog.getByLabel('Ngưỡng').fill('85,5');
    await itemDialog.getByRole('button', { name: 'Lưu' }).click();
    await itemDialog.waitFor({ state: 'hidden' });
    await checklists.itemRow('8.1').getByText('Số liệu ≥ 85,5%').waitFor();

    await checklists.itemRow('8.1').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => checklists.focusedRowKey()).toMatch(/^section:/);
    await checklists.itemRow('1.1').hover();
    // The list scrolls with the window and is virtualised: the screen as the user sees it, not a full-page capture.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'tests/.artifacts/checklists-editor.png' });

    await page.getByRole('button', { name: 'Công bố phiên bản 1' }).click();
    await checklists.confirm('Công bố phiên bản 1?', 'Công bố phiên bản 1');
    await shell.toast('Đã công bố phiên bản 1');
    await page.getByText('Phiên bản 1 đã công bố nên không sửa được').waitFor();
    await expect(checklists.editor().getByTestId('drag-handle').count()).resolves.toBe(0);

    const published = await versionOf('CCHC-TKT-2027');
    expect(published.version).toMatchObject({ status: 'published', version: 1, year: 2027, publishedBy: 'Nguyễn Thị Kiểm Tra' });
    expect(published.sections.map((s) => s.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(published.sections[7]!.items[0]).toMatchObject({ code: '8.1', answerType: 'numeric', comparator: '>=', threshold: 85.5, numericUnit: '%' });
    expect(published.sections[0]!.items.find((i) => i.code === '1.1-2')?.retired).toBe(true);
    expect(await versionOf('CCHC-TKT-2026')).toEqual(source);
  });

  it('shows which audits use a version', async () => {
    const iso = (await app.backend.call('checklists.list', { purpose: 'ISO' }))[0]!;
    const unit = app.backend.store.db.select({ id: units.id }).from(units).where(eq(units.code, 'PVHCC')).get()!;
    app.backend.store.db
      .insert(audits)
      .values({ id: randomUUID(), kind: 'ISO', unitId: unit.id, templateVersionId: iso.published!.id, title: 'Đánh giá nội bộ ISO Trung tâm PVHCC', startDate: '2026-04-14', endDate: '2026-04-15' })
      .run();
    const page = await app.open('checklists');
    const checklists = new ChecklistsPageObject(page);
    await checklists.openTemplate('Đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015');
    await page.getByRole('button', { name: 'Dùng trong 1 cuộc kiểm tra' }).click();
    const row = page.getByTestId('version-audits').getByRole('row', { name: /Đánh giá nội bộ ISO Trung tâm PVHCC/ });
    await expect(row.innerText()).resolves.toMatch(/Trung tâm Phục vụ hành chính công[\s\S]*14\/04\/2026 – 15\/04\/2026[\s\S]*Đang thực hiện/);
  });

  it('imports from Excel: a bad file shows every problem by row and imports nothing; an exported file comes back as a draft', async () => {
    const page = await app.open('checklists');
    const checklists = new ChecklistsPageObject(page);
    await checklists.templateRow('ISO9001-DGNB').waitFor();
    const before = await app.backend.call('checklists.list', { includeRetired: true });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh mục kiểm tra');
    sheet.addRow(['Mã phần', 'Tên phần', 'Mã câu hỏi', 'Câu hỏi', 'Kiểu trả lời', 'Phép so sánh', 'Ngưỡng']);
    sheet.addRow(['1', 'Chỉ đạo', 'A1', 'Tỷ lệ?', 'Số liệu', '>=', 'nhiều']);
    sheet.addRow(['1', 'Chỉ đạo', 'A1', '', 'Có/Không', '', '']);
    const bad = Buffer.from(await book.xlsx.writeBuffer());

    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = checklists.dialog('Nhập danh mục từ tệp Excel');
    await dialog.getByRole('button', { name: 'Cách bố trí tệp Excel' }).click();
    await expect(dialog.getByTestId('import-columns').innerText()).resolves.toMatch(/Mã phần[\s\S]*Câu hỏi[\s\S]*Ngưỡng/);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'bo-chi-so.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    const problems = dialog.getByTestId('import-problems');
    await problems.waitFor();
    await expect(problems.innerText()).resolves.toMatch(/Tệp có 3 lỗi[\s\S]*Dòng 2, cột "Ngưỡng": "nhiều" không phải là số[\s\S]*Dòng 3, cột "Câu hỏi": Câu hỏi không được để trống[\s\S]*Dòng 3, cột "Mã câu hỏi": mã "A1" trùng với dòng 2/);
    await saveScreenshot(page, 'checklists-import-problems');
    await expect(dialog.getByRole('button', { name: 'Nhập danh mục' }).isDisabled()).resolves.toBe(true);

    await dialog.locator('input[type="file"]').setInputFiles({ name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
    await expect.poll(() => problems.innerText()).toMatch(/Tệp "bien-ban.pdf" không phải là tệp Excel \.xlsx/);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'qua-lon.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.alloc(11 * 1024 * 1024, 0x50) });
    await expect.poll(() => problems.innerText()).toMatch(/Tệp "qua-lon.xlsx" nặng 11 MB, quá giới hạn 10 MB của tệp danh mục kiểm tra/);
    await saveScreenshot(page, 'checklists-import-too-large');
    expect(await app.backend.call('checklists.list', { includeRetired: true })).toEqual(before);

    const tthc = before.find((t) => t.code === 'TTHC-SXQT')!;
    const exported = await app.backend.call('checklists.exportXlsx', { versionId: tthc.published!.id });
    await dialog.locator('input[type="file"]').setInputFiles({ name: exported.fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(exported.base64, 'base64') });
    await dialog.getByTestId('import-ready').getByText('5 phần, 11 câu hỏi').waitFor();
    await dialog.getByLabel('Mã danh mục').fill('TTHC-SXQT-TINH');
    await dialog.getByLabel('Tên danh mục').fill('Soát xét quy trình nội bộ (mẫu của tỉnh)');
    await dialog.getByRole('button', { name: 'Nhập danh mục' }).click();
    await page.getByRole('heading', { level: 1, name: 'Soát xét quy trình nội bộ (mẫu của tỉnh)' }).waitFor();
    await page.getByText('Bạn đang sửa bản nháp phiên bản 1').waitFor();
    const imported = await versionOf('TTHC-SXQT-TINH');
    expect(imported.version.status).toBe('draft');
    expect(imported.sections.flatMap((s) => s.items.map((i) => i.question))).toEqual((await versionOf('TTHC-SXQT')).sections.flatMap((s) => s.items.map((i) => i.question)));
  });

  it('exports a version as an .xlsx download that opens in Excel', async () => {
    const page = await app.open('checklists');
    const checklists = new ChecklistsPageObject(page);
    await checklists.openTemplate('Đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('danh-muc-ISO9001-DGNB-v1.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Danh mục kiểm tra')!;
    expect(sheet.getRow(1).getCell(6).text).toBe('Câu hỏi');
    expect(sheet.actualRowCount).toBe(74);
  });
});

import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, formatCalendarDate, localDateOf } from '../../electron/shared/dates';
import { insertAuditWithFindings, insertPerson, unitIdByCode } from '../support/fixtures/actionsAudit';
import { makeTempDir } from '../support/tempBackend';
import { ActionsBoardPage, chooseOption } from './pages/ActionsPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

const today = localDateOf(new Date());
const day = (offset: number) => addDays(today, offset);
/** Findings recorded at 10:00 in Hà Nội on the audit's last day. */
const recordedOn = (date: string) => `${date}T03:00:00.000Z`;
/** The drawer as the user sees it: the window only, not the page scrolled out of view behind it. */
const drawerShot = (page: Page, name: string) => page.screenshot({ path: `tests/.artifacts/${name}.png` });

describe('Corrective actions in the browser (web host)', () => {
  let app: AppHarness;
  let auditLabel: string;
  let ownerId: string;
  let verifierId: string;
  let overdueElsewhere: string;

  beforeAll(async () => {
    app = await startAppHarness();
    const store = app.backend.store;
    ownerId = insertPerson(store, 'Trần Thị Bích Ngọc', unitIdByCode(store, 'VHXH'), 'Trưởng phòng');
    verifierId = insertPerson(store, 'Nguyễn Văn Đức', null, 'Phó Chủ tịch UBND phường');
    const iso = insertAuditWithFindings(store, {
      kind: 'ISO',
      unitCode: 'VHXH',
      title: 'Đánh giá nội bộ ISO 9001 Phòng Văn hóa - Xã hội',
      startDate: day(-45),
      endDate: day(-44),
      findings: [
        { findingClass: 'kph_nhe', description: 'Hồ sơ TTHC lưu chưa đủ thành phần theo quy trình', recordedAt: recordedOn(day(-44)) },
        { findingClass: 'kph_nang', description: 'Chưa thực hiện đánh giá nội bộ năm trước', recordedAt: recordedOn(day(-44)) },
      ],
    });
    auditLabel = `Đánh giá nội bộ ISO 9001 Phòng Văn hóa - Xã hội (Phòng Văn hóa - Xã hội, ${formatCalendarDate(day(-45))})`;
    const cchc = insertAuditWithFindings(store, {
      kind: 'CCHC',
      unitCode: 'KTHTDT',
      title: 'Kiểm tra công tác CCHC Phòng Kinh tế, Hạ tầng và Đô thị',
      startDate: day(-30),
      endDate: day(-30),
      findings: [
        { findingClass: 'kph_nhe', description: 'Chưa niêm yết công khai TTHC tại bộ phận một cửa', recordedAt: recordedOn(day(-30)) },
        { findingClass: 'diem_luu_y', description: 'Sổ theo dõi văn bản đến ghi chưa đầy đủ', recordedAt: recordedOn(day(-30)) },
        { findingClass: 'co_hoi_cai_tien', description: 'Có thể số hóa hồ sơ lưu trữ', recordedAt: recordedOn(day(-30)) },
      ],
    });
    const kthtdt = unitIdByCode(store, 'KTHTDT');
    overdueElsewhere = (
      await app.backend.call('actions.create', {
        findingId: cchc.findingIds[0]!,
        ownerUnitId: kthtdt,
        correction: 'Đã niêm yết lại danh mục TTHC',
        actionPlan: 'Rà soát niêm yết hằng tháng và giao công chức một cửa theo dõi',
        dueDate: day(-5),
      })
    ).id;
    await app.backend.call('actions.create', { findingId: cchc.findingIds[1]!, ownerUnitId: kthtdt, actionPlan: 'Ghi đủ các cột của sổ theo dõi', dueDate: day(3) });
    await app.backend.call('actions.create', { findingId: cchc.findingIds[2]!, ownerUnitId: kthtdt, actionPlan: 'Lập kế hoạch số hóa hồ sơ năm nay', dueDate: day(40) });
    expect(iso.findingIds).toHaveLength(2);
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the board with counts, aging, and overdue in red and due soon in amber, in words too', async () => {
    const page = await app.open('actions');
    const board = new ActionsBoardPage(page);
    await board.row(overdueElsewhere).waitFor();
    await page.getByText('Hành động khắc phục cần chú ý').waitFor();
    await page.getByText('1 hành động quá hạn, 1 hành động sắp đến hạn trong 7 ngày tới.').waitFor();
    expect(await board.summary('open').innerText()).toContain('3');
    expect(await board.summary('overdue').innerText()).toContain('1');
    expect(await board.summary('dueSoon').innerText()).toContain('1');
    await expect(board.row(overdueElsewhere).innerText()).resolves.toContain('Quá hạn 5 ngày');
    expect(await board.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-due-state')))).toEqual(['overdue', 'due_soon', 'on_track']);
    await expect(page.getByText('Còn 3 ngày').isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'actions-board');

    await page.getByLabel('Tìm hành động').fill('niem yet');
    await expect.poll(() => board.rows().count()).toBe(1);
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect.poll(() => board.rows().count()).toBe(3);
  });

  it('at start-up, the notice leads from any page to the overdue actions', async () => {
    const page = await app.open();
    const notice = page.locator('.mantine-Notification-root', { hasText: 'Hành động khắc phục cần chú ý' });
    await notice.waitFor();
    // It opens below the top bar, leaving the shortcuts button and the profile at its right end in view and clickable.
    const header = (await page.locator('.mantine-AppShell-header').boundingBox())!;
    expect((await notice.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);
    await page.getByRole('button', { name: 'Phím tắt (?)' }).click({ trial: true });
    await saveScreenshot(page, 'actions-due-notice');
    await notice.getByRole('link', { name: 'Xem danh sách' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hành động khắc phục' }).waitFor();
    const board = new ActionsBoardPage(page);
    await board.row(overdueElsewhere).waitFor();
    await expect.poll(() => board.rows().count()).toBe(1);
    await expect(board.summary('overdue').getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('from a finding: creates an action, moves it through every status to closed, and it leaves the overdue list', async () => {
    const page = await app.open('actions');
    const board = new ActionsBoardPage(page);
    await board.dismissDueNotice();
    await board.tab('Theo cuộc kiểm tra');
    await board.chooseAudit(auditLabel);
    await expect(board.finding(1).innerText()).resolves.toContain('Chưa có hành động khắc phục.');

    const form = await board.createForFinding(1);
    // ISO: two months from the audit's end date, from the settings.
    await expect.poll(() => form.root.getByLabel('Hạn hoàn thành').inputValue()).toBe(formatCalendarDate(addMonths(day(-44), 2)));
    await form.fill({
      ownerPerson: 'Trần Thị Bích Ngọc (Phòng Văn hóa - Xã hội)',
      correction: 'Đã bổ sung thành phần còn thiếu cho 12 hồ sơ',
      whys: ['Hồ sơ thiếu giấy tờ', 'Công chức không kiểm tra danh mục thành phần', 'Chưa có phiếu kiểm soát khi tiếp nhận'],
      plan: 'Ban hành phiếu kiểm soát thành phần hồ sơ và kiểm tra hằng tuần',
      dueDate: formatCalendarDate(day(-10)),
    });
    await form.useLastWhyAsRootCause();
    await expect(form.root.getByLabel('Nguyên nhân gốc rễ').inputValue()).resolves.toBe('Chưa có phiếu kiểm soát khi tiếp nhận');
    await form.save();

    const drawer = board.drawer();
    await drawer.root().waitFor();
    expect(await drawer.status()).toBe('Mới');
    await expect(drawer.root().innerText()).resolves.toContain('Quá hạn 10 ngày');
    const [created] = (await app.backend.call('actions.board', { search: 'phieu kiem soat thanh phan' })).rows;
    const actionId = created!.id;
    await drawer.close();

    await board.tab('Bảng theo dõi');
    await board.showOnly('overdue');
    await board.row(actionId).waitFor();
    const opened = await board.openRow(actionId);

    // Each step asks inline for what the next status needs, already filled with what the action holds.
    await expect(opened.step().getByLabel('Nguyên nhân gốc rễ').inputValue()).resolves.toBe('Chưa có phiếu kiểm soát khi tiếp nhận');
    await opened.advance('Xác nhận đã phân tích nguyên nhân', { fill: { 'Ý kiến': 'Đã họp phòng, thống nhất nguyên nhân' } });
    await expect.poll(() => opened.status()).toBe('Đã phân tích nguyên nhân');
    await expect(opened.step().getByLabel('Kế hoạch hành động').inputValue()).resolves.toBe('Ban hành phiếu kiểm soát thành phần hồ sơ và kiểm tra hằng tuần');
    await opened.advance('Bắt đầu thực hiện');
    await expect.poll(() => opened.status()).toBe('Đang thực hiện');

    // Without evidence the step says what is missing on the field, and the action stays where it is.
    await opened.step().getByRole('button', { name: 'Báo cáo hoàn thành, đề nghị xác minh' }).click();
    await opened.step().getByText('Cần ghi bằng chứng hoàn thành trước khi đề nghị xác minh.').waitFor();
    expect(await opened.status()).toBe('Đang thực hiện');
    await opened.advance('Báo cáo hoàn thành, đề nghị xác minh', {
      fill: { 'Bằng chứng hoàn thành': 'Phiếu kiểm soát ban hành kèm Quyết định số 25/QĐ-UBND; sổ kiểm tra hằng tuần' },
    });
    await expect.poll(() => opened.status()).toBe('Chờ xác minh');

    const step = opened.step();
    await step.getByLabel('Không hiệu quả: thực hiện lại').check();
    // The person responsible is not offered as the verifier of their own action.
    await step.getByRole('combobox', { name: 'Người xác minh', exact: true }).click();
    await page.getByRole('option', { name: 'Nguyễn Văn Đức', exact: true }).waitFor();
    expect(await page.getByRole('option', { name: 'Trần Thị Bích Ngọc (Phòng Văn hóa - Xã hội)', exact: true }).count()).toBe(0);
    await page.getByRole('option', { name: 'Nguyễn Văn Đức', exact: true }).click();
    await opened.advance('Ghi kết quả xác minh', {
      fill: { 'Lý do chưa hiệu quả': 'Kiểm tra 10 hồ sơ mới, còn 2 hồ sơ thiếu thành phần', 'Hạn hoàn thành mới': formatCalendarDate(day(14)) },
    });
    await expect.poll(() => opened.status()).toBe('Đang thực hiện');
    await expect(opened.history().innerText()).resolves.toContain('Chờ xác minh → Không hiệu quả');
    await expect(opened.history().innerText()).resolves.toContain(`Hạn hoàn thành mới: ${formatCalendarDate(day(14))}`);

    await opened.advance('Báo cáo hoàn thành, đề nghị xác minh', { fill: { 'Ý kiến': 'Đã khắc phục 2 hồ sơ còn thiếu' } });
    await opened.advance('Ghi kết quả xác minh', {
      check: ['Hiệu quả: đóng hành động'],
      choose: { 'Người xác minh': 'Nguyễn Văn Đức' },
      fill: { 'Ý kiến': 'Kiểm tra 15 hồ sơ, đều đủ thành phần' },
    });
    await expect.poll(() => opened.status()).toBe('Đã xác minh hiệu quả');
    await opened.root().getByText('Hành động đã được xác minh hiệu quả và đóng; nội dung không sửa được nữa.').waitFor();
    await saveScreenshot(page, 'actions-closed-detail');
    await opened.close();

    await expect.poll(() => board.row(actionId).count()).toBe(0);
    await board.row(overdueElsewhere).waitFor();

    const stored = await app.backend.call('actions.get', { id: actionId });
    expect(stored).toMatchObject({ status: 'da_xac_minh_hieu_qua', verifierName: 'Nguyễn Văn Đức', verificationResult: 'hieu_qua', rootCause: 'Chưa có phiếu kiểm soát khi tiếp nhận' });
    expect(stored.ownerPersonId).toBe(ownerId);
    expect(stored.verifierPersonId).toBe(verifierId);
    expect(stored.history.map((event) => event.toStatus)).toEqual([
      'moi',
      'da_phan_tich',
      'dang_thuc_hien',
      'cho_xac_minh',
      'khong_hieu_qua',
      'dang_thuc_hien',
      'cho_xac_minh',
      'da_xac_minh_hieu_qua',
    ]);
    expect(stored.history.every((event) => event.actorName === 'Nguyễn Thị Kiểm Tra')).toBe(true);
    expect((await app.backend.call('actions.board', { due: 'overdue' })).rows.map((row) => row.id)).toEqual([overdueElsewhere]);

    await board.tab('Theo cuộc kiểm tra');
    await board.chooseAudit(auditLabel);
    await expect(board.finding(1).innerText()).resolves.toContain('Phát hiện đã đóng');
    await saveScreenshot(page, 'actions-audit-panel');
  });

  it('"Theo đơn vị" asks for a unit, or opens on the unit the board is filtered to; the plan column never shows the correction', async () => {
    const store = app.backend.store;
    const { findingIds } = insertAuditWithFindings(store, {
      kind: 'CCHC',
      unitCode: 'KTHTDT',
      title: 'Kiểm tra công tác CCHC Phòng Kinh tế, Hạ tầng và Đô thị',
      startDate: day(-5),
      endDate: day(-4),
      findings: [{ description: 'Chưa niêm yết thủ tục mới', recordedAt: recordedOn(day(-4)) }],
    });
    const correctionOnly = await app.backend.call('actions.create', {
      findingId: findingIds[0]!,
      ownerUnitId: unitIdByCode(store, 'KTHTDT'),
      correction: 'Đã niêm yết ngay tại bộ phận một cửa',
    });
    const page = await app.open('actions');
    const board = new ActionsBoardPage(page);
    await board.dismissDueNotice();
    await board.row(correctionOnly.id).waitFor();
    expect(await board.row(correctionOnly.id).innerText()).toContain('Chưa có kế hoạch');
    expect(await board.row(correctionOnly.id).innerText()).not.toContain('Đã niêm yết ngay');

    await board.tab('Theo đơn vị');
    await page.getByText('Chọn một đơn vị ở ô trên để xem các hành động khắc phục đơn vị đó chịu trách nhiệm, việc gấp nhất trước.').waitFor();
    await board.tab('Bảng theo dõi');
    await chooseOption(page, page, 'Đơn vị', 'Phòng Kinh tế, Hạ tầng và Đô thị');
    await board.tab('Theo đơn vị');
    expect(await page.getByRole('combobox', { name: 'Chọn đơn vị', exact: true }).inputValue()).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
    await page.getByTestId('unit-actions').locator(`tr[data-action-id="${correctionOnly.id}"]`).click();
    await page.setViewportSize({ width: 1366, height: 768 });
    await board.drawer().root().getByText('Đã niêm yết ngay tại bộ phận một cửa').waitFor();
    await saveScreenshot(page, 'action-drawer-1366');
  });

  it('exports the board to an .xlsx file that Excel can open', async () => {
    const page = await app.open('actions');
    const board = new ActionsBoardPage(page);
    await board.row(overdueElsewhere).waitFor();
    await board.dismissDueNotice();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toBe(`hanh-dong-khac-phuc-${today}.xlsx`);
    const file = `${makeTempDir()}/board.xlsx`;
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Hành động khắc phục')!;
    const units = [5, 6, 7].map((row) => sheet.getRow(row).getCell(2).value);
    expect(units).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(sheet.getRow(5).getCell(15).value).toBe('Quá hạn 5 ngày');
    fs.rmSync(file);
  });
  it('takes a bare action from Mới to verified effective in the drawer, one inline step per status, at 1366×768', async () => {
    const store = app.backend.store;
    const { findingIds } = insertAuditWithFindings(store, {
      kind: 'CCHC',
      unitCode: 'VHXH',
      title: 'Kiểm tra công tác CCHC Phòng Văn hóa - Xã hội',
      startDate: day(-8),
      endDate: day(-7),
      findings: [{ description: 'Sổ tiếp nhận hồ sơ không ghi ngày hẹn trả', recordedAt: recordedOn(day(-7)) }],
    });
    const bare = await app.backend.call('actions.create', { findingId: findingIds[0]!, ownerUnitId: unitIdByCode(store, 'VHXH') });
    const page = await app.open('actions');
    await page.setViewportSize({ width: 1366, height: 768 });
    const board = new ActionsBoardPage(page);
    await board.dismissDueNotice();
    await board.row(bare.id).waitFor();
    const drawer = await board.openRow(bare.id);

    // The edit dialog asks before it drops what was typed.
    const edit = await drawer.edit();
    await edit.root.getByLabel('Khắc phục tức thời').fill('Đã bổ sung ngày hẹn trả cho hồ sơ tuần này');
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
    await discard.getByRole('button', { name: 'Tiếp tục nhập' }).click();
    await expect(edit.root.getByLabel('Khắc phục tức thời').inputValue()).resolves.toBe('Đã bổ sung ngày hẹn trả cho hồ sơ tuần này');
    await page.keyboard.press('Escape');
    await discard.getByRole('button', { name: 'Bỏ thay đổi và đóng' }).click();
    await edit.root.waitFor({ state: 'detached' });
    await drawer.root().waitFor();
    expect((await app.backend.call('actions.get', { id: bare.id })).correction).toBe('');

    // Mới: the root cause, asked for in the drawer; an empty one is refused on its field and nothing moves.
    await drawer.step().getByRole('button', { name: 'Xác nhận đã phân tích nguyên nhân' }).click();
    await drawer.step().getByText('Cần ghi nguyên nhân gốc rễ trước khi lập kế hoạch hành động.').waitFor();
    await drawerShot(page, 'action-step-1-root-cause');
    expect((await app.backend.call('actions.get', { id: bare.id })).status).toBe('moi');
    await drawer.advance('Xác nhận đã phân tích nguyên nhân', { fill: { 'Nguyên nhân gốc rễ': 'Mẫu sổ cũ không có cột ngày hẹn trả' } });
    expect(await drawer.status()).toBe('Đã phân tích nguyên nhân');

    // Đã phân tích: plan, owner and due date in one step.
    await drawerShot(page, 'action-step-2-plan');
    await drawer.advance('Bắt đầu thực hiện', {
      choose: { 'Người chịu trách nhiệm': 'Trần Thị Bích Ngọc (Phòng Văn hóa - Xã hội)' },
      fill: { 'Kế hoạch hành động': 'Dùng mẫu sổ mới có cột ngày hẹn trả từ đầu tháng', 'Hạn hoàn thành': formatCalendarDate(day(20)) },
    });
    expect(await drawer.status()).toBe('Đang thực hiện');

    // Đang thực hiện: the completion evidence, as text and as a file stored like audit evidence.
    const scan = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    await drawer.step().locator('input[type="file"]').setInputFiles({ name: 'so-tiep-nhan-mau-moi.pdf', mimeType: 'application/pdf', buffer: scan });
    await drawer.step().getByRole('button', { name: 'so-tiep-nhan-mau-moi.pdf', exact: true }).waitFor();
    await drawerShot(page, 'action-step-3-evidence');
    await drawer.advance('Báo cáo hoàn thành, đề nghị xác minh', { fill: { 'Bằng chứng hoàn thành': 'Sổ tiếp nhận mẫu mới, đã ghi đủ ngày hẹn trả' } });
    expect(await drawer.status()).toBe('Chờ xác minh');

    // Chờ xác minh: result, verifier and date.
    await drawerShot(page, 'action-step-4-verification');
    await drawer.advance('Ghi kết quả xác minh', { choose: { 'Người xác minh': 'Nguyễn Văn Đức' } });
    expect(await drawer.status()).toBe('Đã xác minh hiệu quả');
    expect(await drawer.step().count()).toBe(0);
    await drawerShot(page, 'action-step-5-closed');

    // The file stays with the action, read-only now: it opens, and downloads as it was stored.
    await drawer.root().getByTestId('action-evidence-files').getByRole('button', { name: 'so-tiep-nhan-mau-moi.pdf', exact: true }).click();
    const preview = page.getByRole('dialog', { name: 'so-tiep-nhan-mau-moi.pdf' });
    const download = page.waitForEvent('download');
    await preview.getByRole('button', { name: 'Lưu về máy' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('so-tiep-nhan-mau-moi.pdf');
    expect(fs.readFileSync((await saved.path())!)).toEqual(scan);
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });

    const stored = await app.backend.call('actions.get', { id: bare.id });
    expect(stored).toMatchObject({
      status: 'da_xac_minh_hieu_qua',
      rootCause: 'Mẫu sổ cũ không có cột ngày hẹn trả',
      actionPlan: 'Dùng mẫu sổ mới có cột ngày hẹn trả từ đầu tháng',
      ownerPersonId: ownerId,
      dueDate: day(20),
      completionEvidence: 'Sổ tiếp nhận mẫu mới, đã ghi đủ ngày hẹn trả',
      verifierPersonId: verifierId,
      verificationDate: today,
    });
    expect(stored.evidenceFiles).toMatchObject([{ fileName: 'so-tiep-nhan-mau-moi.pdf', mimeType: 'application/pdf', sizeBytes: scan.length }]);
    expect(stored.history.map((event) => event.toStatus)).toEqual(['moi', 'da_phan_tich', 'dang_thuc_hien', 'cho_xac_minh', 'da_xac_minh_hieu_qua']);
  });
});

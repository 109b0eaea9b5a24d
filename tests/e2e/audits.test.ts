import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, insertChecklistVersion, longChecklist, startSampleAudit, unitIdOf } from '../support/fixtures/auditsFixture';
import type { StartedAudit } from '../support/fixtures/auditsFixture';
import { AuditChecklistObject, AuditListPageObject, CloseAuditDialogObject } from './pages/AuditPages';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

/** A real 1×1 PNG, attached as evidence. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');

describe('Conducting an inspection in the browser (web host)', () => {
  let app: AppHarness;
  let audit: StartedAudit;

  beforeAll(async () => {
    app = await startAppHarness();
    audit = await startSampleAudit(app.backend);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers the checklist by keyboard only, attaches a file, records findings and shows the summary', async () => {
    const page = await app.open(`audits/${audit.auditId}/checklist`);
    // Listening early makes playwright intercept file dialogs before the one the A key opens.
    page.on('filechooser', () => undefined);
    const checklist = new AuditChecklistObject(page);
    await checklist.item('A.1').waitFor();
    await expect.poll(() => checklist.focusedItemCode()).toBe('A.1');

    // A.1 conforming: 1, and the cursor moves on by itself.
    await checklist.press('1');
    await expect.poll(() => checklist.focusedItemCode()).toBe('A.2');
    // A.2 is a count: typing the digit enters the value; Enter goes back to the list.
    await checklist.press('2', 'Enter');
    await expect(checklist.item('A.2').getByRole('status').innerText()).resolves.toContain('Đạt');
    await checklist.press('ArrowDown');
    // B.1 (> 99%): 97,5% is judged at once as not met, then a note (E) and a finding (F).
    await checklist.type('97,5');
    await expect.poll(() => checklist.item('B.1').getByRole('status').innerText()).toContain('Chưa đạt');
    await checklist.press('Enter', 'e');
    await checklist.type('Có 3/120 hồ sơ trễ hạn trong quý III');
    await checklist.press('Escape', 'f');
    const findingDialog = checklist.dialog('Ghi phát hiện');
    await findingDialog.waitFor();
    await expect(findingDialog.getByLabel('Mô tả phát hiện').inputValue()).resolves.toBe('Có 3/120 hồ sơ trễ hạn trong quý III');
    await expect(findingDialog.getByRole('radio', { name: 'Không phù hợp nhẹ' }).isChecked()).resolves.toBe(true);
    await checklist.press('Control+Enter');
    await findingDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => checklist.focusedItemCode()).toBe('B.1');
    // B.2 not applicable: X, then the reason; Esc back.
    await checklist.press('ArrowDown', 'x');
    await checklist.type('Chưa tổ chức khảo sát trong năm');
    await checklist.press('Escape', 'ArrowDown');
    // B.3 yes/no: 2 = Không.
    await checklist.press('2');
    // B.4 major nonconformity: 3, a finding, and a photo through the file dialog (A).
    await checklist.press('ArrowDown', '3', 'f');
    await findingDialog.waitFor();
    await findingDialog.getByLabel('Mô tả phát hiện').fill('Không lập phiếu kiểm soát quá trình cho 4/10 hồ sơ kiểm tra');
    await checklist.press('Control+Enter');
    await findingDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => checklist.focusedItemCode()).toBe('B.4');
    const chooser = page.waitForEvent('filechooser');
    await checklist.press('a');
    await (await chooser).setFiles({ name: 'phieu-kiem-soat.png', mimeType: 'image/png', buffer: PNG });
    await checklist.item('B.4').getByRole('button', { name: 'phieu-kiem-soat.png', exact: true }).waitFor();
    // C.1 written answer: Enter, type, Esc.
    await checklist.press('ArrowDown', 'Enter');
    await checklist.type('Quy trình cấp giấy phép xây dựng');
    await checklist.press('Escape');
    await checklist.allSaved();
    await expect(checklist.progress().innerText()).resolves.toBe('7/7 câu');
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await saveScreenshot(page, 'audits-checklist');

    const stored = await app.backend.call('audits.checklist', { auditId: audit.auditId });
    const answers = Object.fromEntries(stored.sections.flatMap((s) => s.items).map((item) => [item.code, item.response]));
    expect(answers['A.1']).toMatchObject({ conformity: 'phu_hop' });
    expect(answers['A.2']).toMatchObject({ numericValue: 2, indicatorMet: true });
    expect(answers['B.1']).toMatchObject({ numericValue: 97.5, indicatorMet: false, note: 'Có 3/120 hồ sơ trễ hạn trong quý III' });
    expect(answers['B.2']).toMatchObject({ conformity: 'khong_ap_dung', notApplicableReason: 'Chưa tổ chức khảo sát trong năm' });
    expect(answers['B.3']).toMatchObject({ yesNo: false });
    expect(answers['B.4']).toMatchObject({ conformity: 'kph_nang' });
    expect(answers['C.1']).toMatchObject({ textValue: 'Quy trình cấp giấy phép xây dựng' });
    const findings = await app.backend.call('findings.list', { auditId: audit.auditId });
    expect(findings.map((f) => [f.number, f.findingClass, f.itemCode, f.reference])).toEqual([
      [1, 'kph_nhe', 'B.1', '3.6'],
      [2, 'kph_nang', 'B.4', '8.5.1'],
    ]);
    expect((await app.backend.call('evidence.list', { auditId: audit.auditId })).map((e) => [e.fileName, e.mimeType])).toEqual([['phieu-kiem-soat.png', 'image/png']]);

    // The findings tab still proposes one for B.3's "Không".
    await checklist.openTab(/^Phát hiện/);
    await page.getByRole('heading', { name: 'Kết quả cần ghi phát hiện (1)' }).waitFor();
    await saveScreenshot(page, 'audits-findings');

    await checklist.openTab('Tổng hợp');
    const sections = page.getByTestId('section-results');
    await sections.waitFor();
    await expect(page.getByTestId('count-kph_nang').innerText()).resolves.toBe('1');
    await expect(page.getByTestId('count-kph_nhe').innerText()).resolves.toBe('1');
    await expect(page.getByTestId('indicators').innerText()).resolves.toMatch(/B\.1[\s\S]*> 99%[\s\S]*97,5%[\s\S]*Chưa đạt/);
    await expect(page.getByTestId('score').innerText()).resolves.toBe('3/7 (42,9%)');
    await saveScreenshot(page, 'audits-summary');

    // B.3's "Không" still calls for a finding: closing asks to confirm it on purpose.
    const closing = await CloseAuditDialogObject.open(page);
    await closing.section(/^Phát hiện đề xuất chưa ghi \(1\)$/).getByText(/^Câu B\.3:/).waitFor();
    await closing.confirmPending();
    await closing.close();
    await page.getByText('Cuộc kiểm tra đã kết thúc: mọi kết quả').waitFor();
    expect((await app.backend.call('audits.get', { id: audit.auditId })).status).toBe('closed');
  });

  it('filters to unanswered items and refuses a percentage over 100% with a clear message', async () => {
    const second = await startSampleAudit(app.backend, { overrides: { unitId: unitIdOf(app.backend.store, 'PVHCC') } });
    await app.backend.call('audits.saveResponse', { auditId: second.auditId, itemId: second.version.items['A.1']!, conformity: 'phu_hop' });
    const page = await app.open(`audits/${second.auditId}/checklist`);
    const checklist = new AuditChecklistObject(page);
    await checklist.item('A.2').waitFor();
    await page.getByText('Chưa trả lời (6)').click();
    await expect.poll(() => checklist.item('A.1').count()).toBe(0);
    await checklist.item('B.1').click({ position: { x: 8, y: 8 } });
    await checklist.press('Enter');
    await checklist.type('140');
    await checklist.item('B.1').getByText('Tỷ lệ phải từ 0% đến 100%').waitFor();
    await checklist.press('Enter');
    await checklist.allSaved();
    const stored = await app.backend.call('audits.checklist', { auditId: second.auditId });
    expect(stored.sections[1]!.items[0]!.response).toBeNull();
  });

  it('names the keys of a row’s controls in the list’s one hint, the paper clip’s included', async () => {
    const third = await startSampleAudit(app.backend, { overrides: { unitId: unitIdOf(app.backend.store, 'VHXH') } });
    const page = await app.open(`audits/${third.auditId}/checklist`);
    const checklist = new AuditChecklistObject(page);
    const row = checklist.item('A.1');
    await row.waitFor();
    await expect(checklist.hintOf(row.getByRole('button', { name: 'Phù hợp', exact: true }))).resolves.toEqual({ text: 'Phím 1', inWindow: true });
    // The paper clip is at the window's right edge: its long hint ends there instead of running past it.
    await expect(checklist.hintOf(row.getByRole('button', { name: 'Đính kèm bằng chứng cho câu A.1' }))).resolves.toEqual({
      text: 'Phím A. Có thể kéo thả tệp hoặc dán ảnh (Ctrl+V) vào câu hỏi.',
      inWindow: true,
    });
  });

  it('scrolls a long list away from the item the keyboard left and back without being pulled back to it, the keys still acting on it', async () => {
    const long = await startSampleAudit(app.backend, { overrides: { unitId: unitIdOf(app.backend.store, 'PVHCC') }, sections: longChecklist(120) });
    const page = await app.open(`audits/${long.auditId}/checklist`);
    const checklist = new AuditChecklistObject(page);
    await expect.poll(() => checklist.focusedItemCode()).toBe('1.1');
    for (let move = 0; move < 20; move++) await checklist.press('ArrowDown');
    await expect.poll(() => checklist.focusedItemCode()).toBe('1.21');

    // Far enough that the focused row leaves the rendered rows, then back past it, a wheel's step at a time.
    const start = await checklist.scrollListTo(await page.getByTestId('checklist').evaluate((list) => list.scrollTop));
    const path = [...Array.from({ length: 30 }, (_, i) => start + (i + 1) * 100), ...Array.from({ length: 40 }, (_, i) => start + 3000 - (i + 1) * 100)].filter((top) => top >= 0);
    const pulled: string[] = [];
    for (const top of path) {
      const at = await checklist.scrollListTo(top);
      if (Math.abs(at - top) > 1) pulled.push(`${top} → ${at}`);
    }
    expect(pulled).toEqual([]);
    // The focus stayed with the list while its row was scrolled out: the next arrow key moves on from the item.
    await checklist.press('ArrowDown');
    await expect.poll(() => checklist.focusedItemCode()).toBe('1.22');
  });

  it('starts an audit from the form, refusing a team member from the inspected unit', async () => {
    const version = insertChecklistVersion(app.backend.store, { name: 'Danh mục kiểm tra CCHC thử nghiệm' });
    addPerson(app.backend.store, 'Phan Thanh Bình', { unitId: unitIdOf(app.backend.store, 'VP'), position: 'Chủ tịch UBND phường', mayLead: true });
    addPerson(app.backend.store, 'Đỗ Văn Nội Bộ', { unitId: unitIdOf(app.backend.store, 'DVTH'), position: 'Viên chức' });
    const page = await app.open('audits');
    const form = await new AuditListPageObject(page).startNew();
    await form.choose('Đơn vị được kiểm tra', 'Trung tâm Dịch vụ tổng hợp');
    await form.choose('Danh mục kiểm tra (phiên bản đã công bố)', `Danh mục kiểm tra CCHC thử nghiệm — phiên bản 1 (7 câu)`);
    await form.typeDate('Ngày bắt đầu', '02/12/2026');
    await form.typeDate('Ngày kết thúc', '03/12/2026');
    await form.field('Địa điểm').fill('Trụ sở Trung tâm Dịch vụ tổng hợp');
    await form.field('Quyết định thành lập đoàn (số)').fill('130/QĐ-UBND');
    await form.typeDate('Ngày quyết định', '25/11/2026');
    await form.choose('Cán bộ', 'Phan Thanh Bình — Văn phòng HĐND và UBND');
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    const insider = form.field('Cán bộ', 1);
    await insider.click();
    await expect(page.getByRole('option', { name: /Đỗ Văn Nội Bộ/ }).getAttribute('data-combobox-disabled')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Bỏ thành viên 2' }).click();
    await form.field('Họ tên').fill('Hoàng Minh Tuấn');
    await form.field('Chức vụ').fill('Giám đốc Trung tâm');
    await saveScreenshot(page, 'audits-start-form');
    await form.submit();
    await page.getByRole('heading', { level: 1, name: 'Kiểm tra công tác cải cách hành chính năm 2026 tại Trung tâm Dịch vụ tổng hợp' }).waitFor();
    const list = await app.backend.call('audits.list', { unitId: unitIdOf(app.backend.store, 'DVTH') });
    expect(list).toMatchObject([{ leaderName: 'Phan Thanh Bình', startDate: '2026-12-02', templateName: 'Danh mục kiểm tra CCHC thử nghiệm' }]);
    expect(version.versionId).toBeTruthy();
  });
});

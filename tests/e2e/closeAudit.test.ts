import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSampleAudit, sampleSectionsWithEvidence, startSampleAudit } from '../support/fixtures/auditsFixture';
import type { StartedAudit } from '../support/fixtures/auditsFixture';
import { AuditChecklistObject, CloseAuditDialogObject } from './pages/AuditPages';
import { MinutesPanelPage } from './pages/MinutesPanelPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';


describe('Closing an inspection tells what is pending (web host)', () => {
  let app: AppHarness;
  let audit: StartedAudit;

  beforeAll(async () => {
    app = await startAppHarness();
    audit = await startSampleAudit(app.backend, { sections: sampleSectionsWithEvidence });
    await answerSampleAudit(app.backend, audit);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists suggested findings, missing evidence, comments and conclusion; records the suggestions in one step; closes only when confirmed', async () => {
    const page = await app.open(`audits/${audit.auditId}/summary`);
    await page.setViewportSize({ width: 1366, height: 768 });
    const dialog = await CloseAuditDialogObject.open(page);

    // The inspection ended on 25/11/2026, before today: the end of office hours is proposed.
    await expect(dialog.endedTime().inputValue()).resolves.toBe('17:00');
    await expect(dialog.pendingTitle().innerText()).resolves.toBe('Còn 7 mục chờ xử lý');
    const suggested = dialog.section(/^Phát hiện đề xuất chưa ghi \(3\)$/);
    for (const code of ['B.1', 'B.3', 'B.4']) await suggested.getByText(new RegExp(`^Câu ${code.replace('.', '\\.')}:`)).waitFor();
    await dialog.section(/^Câu bắt buộc bằng chứng chưa có tệp \(2\)$/).getByText(/^Câu A\.1:/).waitFor();
    await dialog.root().getByText('Chưa có ý kiến của đơn vị được kiểm tra').waitFor();
    await dialog.root().getByText('Chưa có kết luận của đoàn').waitFor();
    await expect(dialog.closeButton().isDisabled()).resolves.toBe(true);
    await saveScreenshot(page, 'audits-close-dialog');

    // An item missing its evidence leads to the checklist, where the file is attached.
    await dialog.goToItem('A.1');
    const checklist = new AuditChecklistObject(page);
    await expect.poll(() => checklist.focusedItemCode()).toBe('A.1');
    await CloseAuditDialogObject.open(page);
    await dialog.recordAllSuggested();
    await expect(dialog.pendingTitle().innerText()).resolves.toBe('Còn 4 mục chờ xử lý');
    const findings = await app.backend.call('findings.list', { auditId: audit.auditId });
    expect(findings.map((f) => [f.number, f.itemCode, f.findingClass])).toEqual([
      [1, 'B.1', 'kph_nhe'],
      [2, 'B.3', 'kph_nhe'],
      [3, 'B.4', 'kph_nang'],
    ]);
    expect((await app.backend.call('audits.get', { id: audit.auditId })).status).toBe('in_progress');

    await dialog.endedTime().fill('16:40');
    await dialog.confirmPending();
    await dialog.close();
    await page.getByText('Cuộc kiểm tra đã kết thúc: mọi kết quả').waitFor();
    expect(await app.backend.call('audits.get', { id: audit.auditId })).toMatchObject({ status: 'closed', endedTime: '16:40' });

    // The minutes tab takes the comments, the conclusion and a corrected end time before issuing.
    await checklist.openTab('Biên bản');
    const minutes = new MinutesPanelPage(page);
    await minutes.waitUntilLoaded();
    // Issuing asks for the unit's comments and the conclusion while they are empty.
    await page.getByRole('button', { name: 'Ban hành biên bản' }).click();
    await minutes.dialog().getByText('Biên bản chưa có ý kiến của đơn vị được kiểm tra và kết luận của đoàn.').waitFor();
    await minutes.dialog().getByRole('button', { name: 'Hủy' }).click();
    await minutes.dialog().waitFor({ state: 'detached' });
    await page.getByLabel('Ý kiến của đơn vị được kiểm tra').fill('Đơn vị thống nhất với kết quả kiểm tra.');
    await page.getByLabel('Kết luận của đoàn kiểm tra').fill('Đơn vị cơ bản thực hiện tốt công tác CCHC.');
    const endedTime = page.getByLabel(/^Giờ kết thúc/);
    await endedTime.fill('16:50');
    await endedTime.blur();
    await expect
      .poll(async () => {
        const saved = await app.backend.call('audits.get', { id: audit.auditId });
        return [saved.unitComments, saved.conclusion, saved.endedTime];
      })
      .toEqual(['Đơn vị thống nhất với kết quả kiểm tra.', 'Đơn vị cơ bản thực hiện tốt công tác CCHC.', '16:50']);
    await saveScreenshot(page, 'minutes-closing-fields');
  });
});

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs, docxPart } from '../support/fixtures/docxTools';
import { insertMinutesAudit } from '../support/fixtures/minutesAudit';
import type { MinutesAuditFixture } from '../support/fixtures/minutesAudit';
import { makeTestP12 } from '../support/fixtures/minutesCertificates';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { pdfsigReport, poppler } from '../support/fixtures/minutesPdfTools';
import { MinutesPanelPage } from './pages/MinutesPanelPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

describe('Minutes tab of an audit (web host)', () => {
  let app: AppHarness;
  let audit: MinutesAuditFixture;
  beforeAll(async () => {
    app = await startAppHarness();
    audit = insertMinutesAudit(app.backend.store, { kind: 'CCHC', items: 20, findings: 3 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('draws a signature, previews, issues and locks, saves the PDF with the signature in its block, and signs it digitally', async () => {
    const page = await app.open(`audits/${audit.auditId}/minutes`);
    const minutes = new MinutesPanelPage(page);
    await minutes.waitUntilLoaded();
    await expect(minutes.signerRow(audit.leader.fullName).innerText()).resolves.toContain('Chưa có, để trống ký tay');

    await minutes.drawSignature(audit.leader.fullName);
    await expect.poll(() => minutes.signerRow(audit.leader.fullName).innerText()).toContain('Đã có');

    await minutes.viewDraft();
    await minutes.closeDialog();

    await minutes.issue();
    await expect(minutes.issued().first().innerText()).resolves.toContain('Biên bản số 01/BB-UBND');
    await expect(page.getByText('Đã ban hành biên bản, đã khóa').first().isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'minutes-issued');

    const download = await minutes.saveAs();
    expect(download.suggestedFilename()).toBe('Bien-ban-01-BB-UBND.pdf');
    const issuedPdf = fs.readFileSync((await download.path())!);
    const text = pdfText(issuedPdf);
    expect(text).toContain('Số: 01/BB-UBND');
    expect(text).toContain(audit.findingDescriptions[2]!);
    const images = poppler('pdfimages', issuedPdf, ['-list']).trim().split('\n').slice(2).filter((row) => row.trim().split(/\s+/)[2] === 'image');
    expect(images).toHaveLength(1);

    const wordCopy = await minutes.downloadWordCopy();
    expect(wordCopy.suggestedFilename()).toBe('Bien-ban-01-BB-UBND.docx');
    const documentXml = await docxPart(fs.readFileSync((await wordCopy.path())!), 'word/document.xml');
    expect(docxParagraphs(documentXml)).toContain('Số: 01/BB-UBND');

    const p12 = { name: 'tran-thi-bich-ngoc.p12', buffer: makeTestP12({ commonName: audit.head.fullName, password: 'Ngọc@2026', keyIndex: 2 }) };
    await minutes.openSignDialog();
    await minutes.fillSignDialog(p12, 'sai mật khẩu');
    await minutes.dialog().getByText('Mật khẩu của tệp chứng thư số không đúng. Hãy nhập lại.').first().waitFor();
    await saveScreenshot(page, 'minutes-sign-wrong-password');
    await minutes.dialog().getByLabel('Mật khẩu của tệp chứng thư số').fill('Ngọc@2026');
    await minutes.reviewCertificate();
    // Before signing: who, issued by whom, until when, and that the issuer is not in the trust list.
    const certificate = minutes.signingCertificate();
    await certificate.getByText(audit.head.fullName, { exact: true }).waitFor();
    const shown = await certificate.innerText();
    expect(shown).toContain('CA Thử nghiệm Kiểm tra');
    expect(shown).toContain('01/01/2024 đến 01/01/2035');
    expect(shown).toContain('không thuộc danh sách tổ chức chứng thực được tin cậy');
    await saveScreenshot(page, 'minutes-sign-certificate');
    await minutes.dialog().getByRole('button', { name: 'Ký số' }).click();
    await minutes.dialog().waitFor({ state: 'detached' });
    await expect
      .poll(() => minutes.issued().first().innerText())
      .toContain(`Đại diện đơn vị được kiểm tra - ${audit.head.fullName}: đã ký số bởi ${audit.head.fullName}`);
    await saveScreenshot(page, 'minutes-signed');

    const signedPdf = fs.readFileSync((await (await minutes.saveAs()).path())!);
    const signatures = pdfsigReport(signedPdf).filter((signature) => signature.signed);
    expect(signatures.map((s) => [s.commonName, s.valid, s.wholeDocument])).toEqual([[audit.head.fullName, true, true]]);
  });
});

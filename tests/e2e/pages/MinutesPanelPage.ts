import type { Download, Locator, Page } from 'playwright-core';

/** The "Biên bản" tab of an audit. */
export class MinutesPanelPage {
  constructor(readonly page: Page) {}

  async waitUntilLoaded(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Người ký biên bản' }).waitFor();
  }

  signerRow(fullName: string): Locator {
    return this.page.getByRole('table', { name: 'Người ký biên bản' }).getByRole('row').filter({ hasText: fullName });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Draws a few strokes on the signature pad with the mouse and saves. */
  async drawSignature(fullName: string): Promise<void> {
    await this.signerRow(fullName).getByRole('button').click();
    const pad = this.dialog().getByTestId('signature-pad');
    const box = (await pad.boundingBox())!;
    for (const [dx, dy] of [[30, 120], [150, 110]]) {
      await this.page.mouse.move(box.x + dx, box.y + dy);
      await this.page.mouse.down();
      for (let i = 1; i <= 20; i++) await this.page.mouse.move(box.x + dx + i * 6, box.y + dy - Math.sin(i / 3) * 35);
      await this.page.mouse.up();
    }
    await this.dialog().getByRole('button', { name: 'Lưu' }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  async viewDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Xem dự thảo' }).first().click();
    await this.dialog().locator('iframe').waitFor();
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.dialog().waitFor({ state: 'detached' });
  }

  async issue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ban hành biên bản' }).click();
    await this.dialog().getByRole('button', { name: 'Ban hành biên bản' }).click();
    await this.issued().first().waitFor();
  }

  issued(): Locator {
    return this.page.getByTestId('issued-minutes');
  }

  async saveAs(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.issued().first().getByRole('button', { name: 'Lưu về máy' }).click();
    return download;
  }

  /** "Tải Word (.docx)" on the newest issued minutes. */
  async downloadWordCopy(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.issued().first().getByRole('button', { name: 'Tải Word (.docx)' }).click();
    return download;
  }

  async openSignDialog(): Promise<void> {
    await this.issued().first().getByRole('button', { name: 'Ký số' }).click();
    await this.dialog().getByLabel('Mật khẩu của tệp chứng thư số').waitFor();
  }

  async fillSignDialog(p12: { name: string; buffer: Buffer }, password: string): Promise<void> {
    await this.dialog().locator('input[type="file"]').setInputFiles({ name: p12.name, mimeType: 'application/x-pkcs12', buffer: p12.buffer });
    await this.dialog().getByLabel('Mật khẩu của tệp chứng thư số').fill(password);
    await this.reviewCertificate();
  }

  /** The first press reads the file's certificate; signing is only offered once it is shown. */
  async reviewCertificate(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Xem chứng thư trước khi ký' }).click();
  }

  signingCertificate() {
    return this.dialog().getByRole('region', { name: 'Chứng thư sẽ dùng để ký' });
  }
}

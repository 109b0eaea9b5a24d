import type { Locator, Page } from 'playwright-core';

/** Cài đặt → Căn cứ pháp lý. */
export class LegalBasesPageObject {
  constructor(readonly page: Page) {}

  items(): Locator {
    return this.page.getByTestId('legal-basis');
  }

  async texts(): Promise<string[]> {
    return this.items().locator('p:first-child').allInnerTexts();
  }

  item(text: string): Locator {
    return this.items().filter({ hasText: text });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openCreateForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm căn cứ' }).click();
    await this.dialog().waitFor();
  }

  async fillText(text: string): Promise<void> {
    await this.dialog().getByLabel(/Nội dung căn cứ/).fill(text);
  }

  preview(): Locator {
    return this.dialog().getByTestId('legal-basis-preview');
  }

  async setKind(label: string, checked: boolean): Promise<void> {
    await this.dialog().getByRole('checkbox', { name: label }).setChecked(checked);
  }

  async save(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Lưu' }).click();
    await this.page.getByText('Đã lưu căn cứ pháp lý').first().waitFor();
  }

  async act(action: 'Chuyển lên' | 'Chuyển xuống' | 'Sửa' | 'Ngừng dùng', text: string): Promise<void> {
    await this.page.getByRole('button', { name: `${action}: ${text}` }).click();
  }
}

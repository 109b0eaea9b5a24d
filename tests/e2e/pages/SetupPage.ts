import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './ActionsPage';

/** Thiết lập ban đầu: the stepper, its fields and buttons. */
export class SetupPageObject {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Thiết lập ban đầu' });
  }

  banner(): Locator {
    return this.page.getByTestId('setup-banner');
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** The "still the sample value" marks under the organisation fields. */
  sampleMarks(): Locator {
    return this.page.getByText('Vẫn là giá trị mẫu: hãy kiểm tra');
  }

  async fillOrganization(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  /** Moves on with the keyboard: focus on "Tiếp tục", then Enter. */
  async nextByKeyboard(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tiếp tục' }).focus();
    await this.page.keyboard.press('Enter');
  }

  templateRow(name: string): { pick: Locator; name: Locator } {
    return { pick: this.page.getByRole('checkbox', { name: `Chọn: ${name}` }), name: this.page.getByRole('textbox', { name: `Tên đơn vị: ${name}` }) };
  }

  async createChosenUnits(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `Tạo ${count} đơn vị đã chọn` }).click();
    await this.page.getByText(`Đã tạo ${count} đơn vị`).first().waitFor();
  }

  async addPerson(fullName: string, unitName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm cán bộ' }).first().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên').fill(fullName);
    await chooseOption(dialog, this.page, 'Đơn vị công tác', unitName);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await this.page.getByText(`Đã thêm cán bộ ${fullName}`).first().waitFor();
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
    await this.page.getByText('Đã hoàn tất thiết lập ban đầu').first().waitFor();
  }
}

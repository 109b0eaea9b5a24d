import type { Locator, Page } from 'playwright-core';

export class UnitsPageObject {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.getByTestId('units-table');
  }

  row(code: string): Locator {
    return this.page.locator(`tr[data-unit-code="${code}"]`);
  }

  async rowNames(): Promise<string[]> {
    return this.table().locator('tbody tr td:nth-child(2) p:first-child').allInnerTexts();
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Tìm đơn vị').fill(text);
  }

  async openCreateForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm đơn vị' }).first().click();
    await this.page.getByRole('dialog', { name: 'Thêm đơn vị' }).waitFor();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async fillForm(values: { code?: string; name?: string; shortName?: string }): Promise<void> {
    const dialog = this.dialog();
    if (values.code !== undefined) await dialog.getByLabel('Mã đơn vị').fill(values.code);
    if (values.name !== undefined) await dialog.getByLabel('Tên đơn vị').fill(values.name);
    if (values.shortName !== undefined) await dialog.getByLabel('Tên viết tắt').fill(values.shortName);
  }

  async save(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Lưu' }).click();
  }

  async edit(unitName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Sửa: ${unitName}` }).click();
    await this.page.getByRole('dialog', { name: 'Sửa đơn vị' }).waitFor();
  }

  async deactivate(unitName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Ngừng hoạt động: ${unitName}` }).click();
    await this.page.getByRole('dialog', { name: 'Ngừng hoạt động đơn vị?' }).getByRole('button', { name: 'Ngừng hoạt động' }).click();
  }
}

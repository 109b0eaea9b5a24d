import type { Locator, Page } from 'playwright-core';

/** Cài đặt → Sao lưu và khôi phục, and the home screen's backup warning. */
export class BackupsPageObject {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { name: 'Sao lưu và khôi phục' }) });
  }

  warning(): Locator {
    return this.page.getByTestId('backup-warning');
  }

  rows(): Locator {
    return this.section().getByTestId('backup-table').locator('tbody tr');
  }

  lastBackup(): Locator {
    return this.section().getByTestId('last-backup');
  }

  async backUpNow(): Promise<void> {
    await this.section().getByRole('button', { name: 'Sao lưu ngay' }).click();
  }

  async restore(fileName: string): Promise<void> {
    await this.rows().filter({ hasText: fileName }).getByRole('button', { name: 'Khôi phục' }).click();
    await this.page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu' }).getByRole('button', { name: 'Khôi phục' }).click();
  }
}

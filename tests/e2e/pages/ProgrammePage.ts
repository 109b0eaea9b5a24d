import type { Download, Locator, Page } from 'playwright-core';
import { chooseOption } from './ActionsPage';

export interface EntryValues {
  unit?: string;
  date?: string;
  leader?: string;
  members?: string[];
}

/** Kế hoạch kiểm tra: generate, edit, approve, print. */
export class ProgrammePageObject {
  constructor(readonly page: Page) {}

  /** The plan's seed data (holidays, targets) is for 2026, whatever today's year is. */
  async chooseYear(year: number): Promise<void> {
    await chooseOption(this.page, this.page, 'Năm làm việc', String(year));
  }

  heading(year: number): Locator {
    return this.page.getByRole('heading', { level: 1, name: `Kế hoạch kiểm tra năm ${year}` });
  }

  async generate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lập kế hoạch tự động' }).first().click();
    await this.page.getByTestId('coverage-cchc').waitFor();
  }

  coverage(kind: 'cchc' | 'iso'): Locator {
    return this.page.getByTestId(`coverage-${kind}`);
  }

  async coverageValue(kind: 'cchc' | 'iso'): Promise<string> {
    return this.page.getByTestId(`coverage-${kind}-value`).innerText();
  }

  hardViolations(): Locator {
    return this.page.getByTestId('violations-hard');
  }

  ruleCheck(): Locator {
    return this.page.getByRole('region', { name: 'Kiểm tra quy tắc' });
  }

  entries(): Locator {
    return this.page.locator('tr[data-entry-unit]');
  }

  entry(unit: string, kind: 'CCHC' | 'ISO'): Locator {
    return this.page.locator(`tr[data-entry-unit="${unit}"][data-entry-kind="${kind}"]`);
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async editEntry(unit: string, kind: 'CCHC' | 'ISO'): Promise<void> {
    await this.entry(unit, kind).getByRole('button', { name: /^Sửa cuộc kiểm tra/ }).click();
    await this.page.getByRole('dialog', { name: 'Sửa cuộc kiểm tra' }).waitFor();
  }

  async openAddForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm cuộc kiểm tra' }).click();
    await this.page.getByRole('dialog', { name: 'Thêm cuộc kiểm tra' }).waitFor();
  }

  async fillEntry(values: EntryValues): Promise<void> {
    const dialog = this.dialog();
    if (values.unit) await chooseOption(dialog, this.page, 'Đơn vị được kiểm tra', values.unit);
    if (values.date) {
      const date = dialog.getByLabel('Ngày kiểm tra');
      await date.fill(values.date);
      await date.press('Tab');
    }
    // The team pickers describe each option under the name (unit, and why the person would break a rule).
    if (values.leader) await this.pickPerson('Trưởng đoàn', values.leader);
    for (const member of values.members ?? []) await this.pickPerson('Thành viên đoàn', member);
    // The members' list stays open for more picks; a click on the dialog's title closes it.
    if (values.members?.length) await this.dialog().getByRole('heading').click();
  }

  private async pickPerson(label: string, name: string): Promise<void> {
    const field = this.dialog().getByRole('combobox', { name: label, exact: true }).or(this.dialog().getByRole('textbox', { name: label, exact: true }));
    await field.click();
    await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }

  async saveEntry(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Lưu' }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  async moveEntry(unit: string, kind: 'CCHC' | 'ISO', date: string): Promise<void> {
    await this.editEntry(unit, kind);
    await this.fillEntry({ date });
    await this.saveEntry();
  }

  async removeEntry(unit: string, kind: 'CCHC' | 'ISO'): Promise<void> {
    await this.entry(unit, kind).getByRole('button', { name: /^Bỏ khỏi kế hoạch/ }).click();
    await this.page.getByRole('dialog', { name: 'Bỏ cuộc kiểm tra khỏi kế hoạch?' }).getByRole('button', { name: 'Bỏ khỏi kế hoạch' }).click();
  }

  approveButton(): Locator {
    return this.page.getByRole('button', { name: 'Phê duyệt', exact: true });
  }

  async approve(documentNumber: string): Promise<void> {
    await this.approveButton().click();
    const dialog = this.page.getByRole('dialog', { name: /^Phê duyệt kế hoạch năm/ });
    await dialog.getByLabel('Số văn bản').fill(documentNumber);
    await dialog.getByRole('button', { name: 'Phê duyệt' }).click();
    await this.page.getByTestId('programme-status').getByText('Đã phê duyệt').waitFor();
  }

  async downloadPdf(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'In kế hoạch (PDF)' }).click();
    return download;
  }

  async showCalendar(): Promise<void> {
    await this.page.getByText('Lịch năm', { exact: true }).click();
  }

  /** A day with inspections on the year calendar, by its date (dd/MM/yyyy). */
  calendarDay(date: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${date.replaceAll('/', '\\/')}: \\d+ cuộc kiểm tra`) });
  }

  /** The details a calendar day opens beside itself. */
  dayDetails(date: string): Locator {
    return this.page.getByRole('dialog', { name: date });
  }

  /** The approval dialog, opened, with its warnings still to read. */
  async openApproval(): Promise<Locator> {
    await this.approveButton().click();
    return this.page.getByRole('dialog', { name: /^Phê duyệt kế hoạch năm/ });
  }

  async filterKind(label: 'Tất cả' | 'Kiểm tra CCHC' | 'Đánh giá ISO'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Loại' }).getByText(label, { exact: true }).click();
  }
}

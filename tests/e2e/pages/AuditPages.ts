import type { Locator, Page } from 'playwright-core';

/** The audits list and the start form. */
export class AuditListPageObject {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.getByTestId('audits-table');
  }

  async startNew(): Promise<AuditStartFormObject> {
    await this.page.getByRole('button', { name: 'Bắt đầu cuộc kiểm tra' }).first().click();
    await this.page.getByRole('heading', { level: 1, name: 'Bắt đầu cuộc kiểm tra' }).waitFor();
    return new AuditStartFormObject(this.page);
  }
}

/** Picks an option of a Mantine select by typing and choosing it from the list. */
export async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export class AuditStartFormObject {
  constructor(readonly page: Page) {}

  /** A field by its label; required fields' names end in " *". */
  field(label: string, nth = 0): Locator {
    const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
    return this.page.getByRole('combobox', { name }).or(this.page.getByRole('textbox', { name })).nth(nth);
  }

  async choose(label: string, option: string, nth = 0): Promise<void> {
    await choose(this.page, this.field(label, nth), option);
  }

  async typeDate(label: string, date: string): Promise<void> {
    const input = this.field(label);
    await input.fill(date);
    await input.press('Tab');
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
  }
}

/** One audit's workspace: the checklist screen and its tabs. */
export class AuditChecklistObject {
  constructor(readonly page: Page) {}

  item(code: string): Locator {
    return this.page.locator(`[role="listitem"][data-item-code="${code}"]`);
  }

  async focusedItemCode(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.closest('[role="listitem"]')?.getAttribute('data-item-code') ?? null);
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Waits until every change on the screen is acknowledged by the store. */
  async allSaved(): Promise<void> {
    await this.page.locator('[data-testid="save-indicator"][data-pending="0"]').waitFor();
  }

  progress(): Locator {
    return this.page.getByTestId('checklist-progress');
  }

  /** Scrolls the list to `top` as a wheel would, and returns where it is two frames later (after the list has rendered). */
  async scrollListTo(top: number): Promise<number> {
    return this.page.getByTestId('checklist').evaluate(
      (list, to) =>
        new Promise<number>((resolve) => {
          list.scrollTop = to;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(list.scrollTop)));
        }),
      top,
    );
  }

  async openTab(name: RegExp | string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** The list's one hint, as the pointer resting on a control shows it: its text, and whether all of it is inside the window. */
  async hintOf(control: Locator): Promise<{ text: string; inWindow: boolean }> {
    await control.hover();
    const hint = this.page.getByRole('tooltip');
    await hint.waitFor();
    const text = await hint.innerText();
    const inWindow = await hint.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
    });
    await this.page.mouse.move(0, 0);
    await hint.waitFor({ state: 'hidden' });
    return { text, inWindow };
  }
}

/** The dialog that closes an audit: the end time, what stops the closing and what is pending. */
export class CloseAuditDialogObject {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<CloseAuditDialogObject> {
    await page.getByRole('button', { name: 'Kết thúc cuộc kiểm tra' }).first().click();
    const dialog = new CloseAuditDialogObject(page);
    await dialog.root().getByRole('textbox', { name: /^Giờ kết thúc/ }).or(dialog.root().getByLabel(/^Giờ kết thúc/)).first().waitFor();
    return dialog;
  }

  root(): Locator {
    return this.page.getByRole('dialog', { name: 'Kết thúc cuộc kiểm tra?' });
  }

  endedTime(): Locator {
    return this.root().getByLabel(/^Giờ kết thúc/);
  }

  pendingTitle(): Locator {
    return this.root().getByRole('heading', { name: /mục chờ xử lý$/ });
  }

  section(name: RegExp): Locator {
    return this.root().locator('section').filter({ has: this.page.getByRole('heading', { name }) });
  }

  closeButton(): Locator {
    return this.root().getByRole('button', { name: 'Kết thúc cuộc kiểm tra' });
  }

  /** Leaves the dialog for an item listed as missing its evidence. */
  async goToItem(code: string): Promise<void> {
    await this.root().getByRole('listitem').filter({ hasText: new RegExp(`^Câu ${code.replace('.', '\\.')}:`) }).getByRole('button', { name: 'Đến câu này' }).click();
    await this.root().waitFor({ state: 'detached' });
  }

  async recordAllSuggested(): Promise<void> {
    await this.root().getByRole('button', { name: 'Ghi tất cả phát hiện đề xuất' }).click();
    await this.section(/^Phát hiện đề xuất chưa ghi/).waitFor({ state: 'detached' });
  }

  async confirmPending(): Promise<void> {
    await this.root().getByRole('checkbox', { name: 'Tôi đã xem các mục còn chờ và vẫn kết thúc cuộc kiểm tra' }).check();
  }

  async close(): Promise<void> {
    await this.closeButton().click();
    await this.root().waitFor({ state: 'detached' });
  }
}

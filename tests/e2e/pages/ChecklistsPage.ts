import type { Locator, Page } from 'playwright-core';

/** "Danh mục kiểm tra": the template list, one template's versions, and the editor of a draft. */
export class ChecklistsPageObject {
  constructor(readonly page: Page) {}

  templateRow(code: string): Locator {
    return this.page.locator(`tr[data-template-code="${code}"]`);
  }

  async openTemplate(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  async cloneFromList(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Nhân bản cho năm mới: ${name}` }).click();
    await this.dialog('Nhân bản danh mục').waitFor();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  editor(): Locator {
    return this.page.getByTestId('checklist-editor');
  }

  itemRow(code: string): Locator {
    return this.editor().locator('[role="listitem"]').filter({ has: this.page.locator(`[data-item-code="${code}"]`) });
  }

  sectionRow(code: string): Locator {
    return this.editor().locator('[role="listitem"]').filter({ has: this.page.locator(`[data-section-code="${code}"]`) });
  }

  /** Item codes in the order the editor shows them (the rows currently rendered). */
  async visibleItemCodes(): Promise<string[]> {
    return this.editor().locator('[data-item-code]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item-code') ?? ''));
  }

  async focusedRowKey(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-row-key') ?? null);
  }

  async editItem(code: string): Promise<Locator> {
    await this.itemRow(code).getByRole('button', { name: new RegExp(`^Sửa: ${code.replace('.', '\\.')} `) }).click();
    const dialog = this.page.getByRole('dialog', { name: /Sửa câu hỏi/ });
    await dialog.waitFor();
    return dialog;
  }

  /** Drags by the grip with the mouse, as a person does; the target is scrolled just below the fixed top bar first. */
  async dragItemOnto(code: string, targetCode: string, side: 'before' | 'after'): Promise<void> {
    const target = this.itemRow(targetCode);
    await target.evaluate((row) => {
      row.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -80);
    });
    const grip = await this.itemRow(code).getByTestId('drag-handle').boundingBox();
    const box = await target.boundingBox();
    if (!grip || !box) throw new Error(`rows ${code} and ${targetCode} are not both on screen`);
    await this.page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(grip.x + grip.width / 2 + 5, grip.y + grip.height / 2 + 5, { steps: 3 });
    await this.page.mouse.move(box.x + box.width / 2, side === 'before' ? box.y + 10 : box.y + box.height - 10, { steps: 8 });
    await this.page.mouse.up();
  }

  async confirm(dialogName: string, button: string): Promise<void> {
    await this.dialog(dialogName).getByRole('button', { name: button }).click();
    await this.dialog(dialogName).waitFor({ state: 'hidden' });
  }
}

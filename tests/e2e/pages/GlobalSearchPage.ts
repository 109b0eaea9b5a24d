import type { Page } from 'playwright-core';

/** The header's search across everything: a combobox whose listbox groups the hits by kind. */
export class GlobalSearchPage {
  constructor(readonly page: Page) {}

  input() {
    return this.page.getByRole('combobox', { name: 'Tìm kiếm' });
  }

  results() {
    return this.page.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
  }

  group(name: string | RegExp) {
    return this.results().getByRole('group', { name });
  }

  option(name: string | RegExp) {
    return this.results().getByRole('option', { name });
  }

  /** Ctrl+K from wherever the focus is, then the text typed as a user types it. */
  async searchFromKeyboard(text: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await this.input().pressSequentially(text, { delay: 20 });
  }

  async groupNames(): Promise<string[]> {
    return this.results()
      .getByRole('group')
      .evaluateAll((groups) => groups.map((group) => document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''));
  }

  /** The option the arrows have reached (aria-activedescendant), by its text. */
  async activeOption(): Promise<string> {
    const id = await this.input().getAttribute('aria-activedescendant');
    return id ? ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  }
}

import type { Locator, Page } from 'playwright-core';

export type AttentionKey = 'overdue' | 'dueSoon' | 'awaiting' | 'planned' | 'closed' | 'unsigned';

/** The home page ("Tổng quan"): "Việc cần làm" and the programme progress. */
export class HomePage {
  constructor(readonly page: Page) {}

  attention(): Locator {
    return this.page.getByRole('region', { name: /^Việc cần làm năm/ });
  }

  item(key: AttentionKey): Locator {
    return this.attention().locator(`li[data-attention="${key}"]`);
  }

  /** The count shown for an item, read back as a number from its Vietnamese format. */
  async count(key: AttentionKey): Promise<number> {
    const text = await this.item(key).locator('.mantine-Badge-label').innerText();
    return Number(text.replace(/\./g, ''));
  }

  async follow(key: AttentionKey): Promise<void> {
    await this.item(key).getByRole('link').click();
  }
}

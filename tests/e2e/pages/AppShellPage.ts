import type { Page } from 'playwright-core';

/** The frame every page shares: navigation rail and top bar. */
export class AppShellPage {
  constructor(readonly page: Page) {}

  async goTo(area: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: area, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: area }).waitFor();
  }

  currentProfileName() {
    return this.page.getByTestId('current-profile');
  }

  async switchLanguage(code: 'VI' | 'EN'): Promise<void> {
    await this.page.getByText(code, { exact: true }).click();
  }

  async toast(text: string | RegExp): Promise<void> {
    await this.page.getByText(text).first().waitFor();
  }
}

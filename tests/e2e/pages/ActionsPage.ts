import type { Locator, Page } from 'playwright-core';

/** Picks an option of a Mantine Select by its visible label. */
export async function chooseOption(scope: Page | Locator, page: Page, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).or(scope.getByRole('textbox', { name: label, exact: true })).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The field of that label, whether or not it is marked required (Mantine adds " *" to the name). */
export function labelled(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
}

/** The coordinator's board and the tabs beside it. */
export class ActionsBoardPage {
  constructor(readonly page: Page) {}

  /** The start-up notice sits at the page's top right, below the top bar, until closed. */
  async dismissDueNotice(): Promise<void> {
    const notice = this.page.locator('.mantine-Notification-root', { hasText: 'Hành động khắc phục cần chú ý' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Đóng' }).click();
    await notice.waitFor({ state: 'detached' });
  }

  table(): Locator {
    return this.page.getByTestId('actions-table');
  }

  row(actionId: string): Locator {
    return this.page.locator(`tr[data-action-id="${actionId}"]`);
  }

  rows(): Locator {
    return this.table().locator('tbody tr[data-action-id]');
  }

  /** The note that the list shows only part of what matches, and its button for the next page. */
  partNote(): Locator {
    return this.page.getByText(/^Đang hiển thị .* hành động phù hợp/);
  }

  showMoreButton(): Locator {
    return this.page.getByRole('button', { name: /^Hiện thêm \S+ hành động$/ });
  }

  count(): Locator {
    return this.page.getByText(/^\S+ hành động · /);
  }

  summary(key: 'open' | 'overdue' | 'dueSoon' | 'awaiting' | 'closed'): Locator {
    return this.page.getByTestId(`summary-${key}`);
  }

  async showOnly(key: 'open' | 'overdue' | 'dueSoon' | 'awaiting' | 'closed'): Promise<void> {
    await this.summary(key).click();
  }

  async tab(name: 'Bảng theo dõi' | 'Theo cuộc kiểm tra' | 'Theo đơn vị'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async chooseAudit(optionLabel: string): Promise<void> {
    await chooseOption(this.page, this.page, 'Chọn cuộc kiểm tra', optionLabel);
    await this.page.getByTestId('finding-actions-panel').waitFor();
  }

  finding(number: number): Locator {
    return this.page.locator(`[data-finding-number="${number}"]`);
  }

  async createForFinding(number: number): Promise<ActionFormDialog> {
    await this.page.getByRole('button', { name: `Tạo hành động khắc phục cho phát hiện số ${number}` }).click();
    const dialog = new ActionFormDialog(this.page, this.page.getByRole('dialog', { name: 'Tạo hành động khắc phục' }));
    await dialog.root.waitFor();
    return dialog;
  }

  drawer(): ActionDrawerPage {
    return new ActionDrawerPage(this.page);
  }

  async openRow(actionId: string): Promise<ActionDrawerPage> {
    await this.row(actionId).click();
    const drawer = new ActionDrawerPage(this.page);
    await drawer.root().waitFor();
    return drawer;
  }
}

export class ActionFormDialog {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  async fill(values: { ownerPerson?: string; correction?: string; whys?: string[]; rootCause?: string; plan?: string; dueDate?: string; evidence?: string }): Promise<void> {
    if (values.ownerPerson) await chooseOption(this.root, this.page, 'Người chịu trách nhiệm', values.ownerPerson);
    if (values.correction !== undefined) await this.root.getByLabel('Khắc phục tức thời').fill(values.correction);
    if (values.whys) {
      const toggle = this.root.getByRole('button', { name: 'Phân tích 5 lần "Tại sao"' });
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      for (const [index, answer] of values.whys.entries()) await this.root.getByLabel(`Tại sao ${index + 1}?`).fill(answer);
    }
    if (values.rootCause !== undefined) await this.root.getByLabel('Nguyên nhân gốc rễ').fill(values.rootCause);
    if (values.plan !== undefined) await this.root.getByLabel('Kế hoạch hành động').fill(values.plan);
    if (values.dueDate !== undefined) {
      await this.root.getByLabel('Hạn hoàn thành').fill(values.dueDate);
      await this.root.getByLabel('Hạn hoàn thành').press('Tab');
    }
    if (values.evidence !== undefined) await this.root.getByLabel('Bằng chứng hoàn thành').fill(values.evidence);
  }

  async useLastWhyAsRootCause(): Promise<void> {
    await this.root.getByRole('button', { name: 'Dùng câu trả lời cuối làm nguyên nhân gốc rễ' }).click();
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Lưu' }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}

/** The drawer with one action: its next steps, content and history. */
export class ActionDrawerPage {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('action-detail');
  }

  async status(): Promise<string> {
    return (await this.root().locator('.mantine-Badge-root').first().innerText()).trim();
  }

  /** The form of the next step, inside the drawer. */
  step(): Locator {
    return this.root().getByTestId('action-step');
  }

  /** Fills the step's fields named by their labels (a select when `choose` names it) and submits it with its button. */
  async advance(button: string, fields: { fill?: Record<string, string>; choose?: Record<string, string>; check?: string[] } = {}): Promise<void> {
    const step = this.step();
    for (const label of fields.check ?? []) await step.getByLabel(label).check();
    for (const [label, option] of Object.entries(fields.choose ?? {})) await chooseOption(step, this.page, label, option);
    for (const [label, value] of Object.entries(fields.fill ?? {})) {
      await labelled(step, label).fill(value);
      await labelled(step, label).press('Tab');
    }
    const statusBefore = await this.status();
    await step.getByRole('button', { name: button, exact: true }).click();
    await this.page.waitForFunction(
      (before) => document.querySelector('[data-testid="action-detail"] .mantine-Badge-root')?.textContent?.trim() !== before,
      statusBefore,
    );
  }

  async edit(): Promise<ActionFormDialog> {
    await this.root().getByRole('button', { name: 'Sửa nội dung' }).click();
    const dialog = new ActionFormDialog(this.page, this.page.getByRole('dialog', { name: 'Sửa hành động khắc phục' }));
    await dialog.root.waitFor();
    return dialog;
  }

  history(): Locator {
    return this.root().getByTestId('action-history');
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.root().waitFor({ state: 'detached' });
  }
}

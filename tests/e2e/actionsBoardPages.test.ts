import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_PAGE_ROWS } from '../../electron/shared/contract/actions';
import { addDays, localDateOf } from '../../electron/shared/dates';
import { insertOpenActions } from '../support/fixtures/actionsAudit';
import { ActionsBoardPage } from './pages/ActionsPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

const vietnamese = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

describe('A board longer than a page (web host)', () => {
  let app: AppHarness;
  const total = BOARD_PAGE_ROWS + 37;
  let inDueOrder: string[];

  beforeAll(async () => {
    app = await startAppHarness();
    // Due a month from now and later: nothing overdue or due soon, so no start-up notice covers the page.
    inDueOrder = insertOpenActions(app.backend.store, total, 'VHXH', addDays(localDateOf(new Date()), 30));
  });

  afterAll(async () => {
    await app.close();
  });

  it('shows the most urgent page, says how many match, and brings the rest with "Hiện thêm"', async () => {
    const page = await app.open('actions');
    const board = new ActionsBoardPage(page);
    await board.row(inDueOrder[0]!).waitFor();
    expect(await board.count().innerText()).toContain(`${vietnamese(total)} hành động`);
    expect(await board.partNote().innerText()).toBe(
      `Đang hiển thị ${vietnamese(BOARD_PAGE_ROWS)} trong ${vietnamese(total)} hành động phù hợp, khẩn cấp nhất trước. Hãy lọc thêm để thu hẹp danh sách.`,
    );
    expect(await board.summary('open').innerText()).toContain(vietnamese(total));
    await saveScreenshot(page, 'actions-board-first-page');

    // Reached from the keyboard like every control.
    await board.showMoreButton().focus();
    expect(await board.showMoreButton().innerText()).toBe('Hiện thêm 37 hành động');
    await page.keyboard.press('Enter');
    await board.partNote().waitFor({ state: 'detached' });
    await expect(board.showMoreButton().count()).resolves.toBe(0);

    // The last action, the least urgent, is now in the list: scrolled to, it shows.
    await page.getByTestId('actions-table-scroll').evaluate((scroller) => {
      scroller.scrollTop = scroller.scrollHeight;
    });
    await board.row(inDueOrder.at(-1)!).waitFor();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../electron/shared/dates';
import { insertReportingYear } from '../support/fixtures/reportingYear';
import { HomePage } from './pages/HomePage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

const today = localDateOf(new Date());
const year = Number(today.slice(0, 4));

describe('Home: "Việc cần làm" in the browser (web host)', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await startAppHarness();
    insertReportingYear(app.backend.store, { year, today, seed: 3 });
  });
  afterAll(() => app?.close());

  it('shows the year’s counts, and the overdue link opens the board filtered to those actions', async () => {
    const expected = await app.backend.call('home.attention', { year });
    const page = await app.open();
    await page.setViewportSize({ width: 1366, height: 768 });
    const home = new HomePage(page);
    await home.attention().waitFor();
    expect(await home.count('overdue')).toBe(expected.actions.overdue);
    expect(await home.count('dueSoon')).toBe(expected.actions.dueSoon);
    expect(await home.count('awaiting')).toBe(expected.actions.awaitingVerification);
    expect(await home.count('planned')).toBe(expected.plannedNotStarted);
    expect(await home.count('closed')).toBe(expected.closedWithoutMinutes);
    expect(await home.count('unsigned')).toBe(expected.minutesUnsigned);
    await page.getByText(`Đã kiểm tra ${expected.cchc.done} / kế hoạch ${expected.cchc.planned} / thuộc phạm vi ${expected.cchc.inScope} đơn vị`).waitFor();
    await saveScreenshot(page, 'home-1366');

    expect(expected.actions.overdue).toBeGreaterThan(0);
    await home.follow('overdue');
    await page.getByRole('heading', { level: 1, name: 'Hành động khắc phục' }).waitFor();
    expect(page.url()).toContain(`#/actions/overdue/${year}`);
    await page.getByText(`${expected.actions.overdue} hành động`, { exact: false }).first().waitFor();
    const board = await app.backend.call('actions.board', { year, due: 'overdue' });
    const rows = page.getByTestId('actions-table').locator('tbody tr[data-action-id]');
    await rows.first().waitFor();
    for (const id of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action-id')))) {
      expect(board.rows.map((row) => row.id)).toContain(id);
    }
  });

  it('the minutes link opens the audits narrowed to unsigned minutes of the year', async () => {
    const expected = await app.backend.call('home.attention', { year });
    const page = await app.open();
    const home = new HomePage(page);
    await home.attention().waitFor();
    await home.follow('unsigned');
    await page.getByText(`Đang xem: cuộc kiểm tra năm ${year} có biên bản đã ban hành chưa ký số`).waitFor();
    await page.getByText(`${expected.minutesUnsigned} cuộc kiểm tra`, { exact: true }).waitFor();
  });
});

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../electron/shared/dates';
import { insertReportingYear } from '../support/fixtures/reportingYear';
import { ActionsBoardPage, chooseOption } from './pages/ActionsPage';
import { HomePage } from './pages/HomePage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { makeTempDir } from '../support/tempBackend';
import { reportOfKind } from '../support/fixtures/reportOfKind';
import path from 'node:path';

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
    // The charts come from the back end as SVG, each with its table.
    const chart = page.getByRole('figure', { name: 'Phát hiện theo phân loại' });
    await chart.getByRole('table').waitFor();
    expect(await chart.locator('img[src^="data:image/svg+xml"]').count()).toBe(1);
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

  it('builds a quarterly CCHC report, opens the rows behind a figure, issues it and downloads the PDF', async () => {
    const page = await app.open('reports');
    await page.setViewportSize({ width: 1366, height: 768 });
    await new ActionsBoardPage(page).dismissDueNotice();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' }).waitFor();
    await chooseOption(page, page, 'Quý', 'III');
    await page.getByText(`Số liệu tính từ 15/06/${year} đến 14/09/${year}`).waitFor();
    await page.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo quý III năm ${year}` }).waitFor();

    const [report] = await app.backend.call('reports.list', {});
    const figures = reportOfKind(await app.backend.call('reports.get', { id: report!.id }), 'cchc').figures;
    // The largest traced count of the quarter: its rows open in a dialog, one line each.
    const [label, figure] = (
      [
        ['Cuộc kiểm tra đã kết thúc', figures.inspections.done],
        ['Hành động khắc phục mở mới', figures.actions.opened],
        ['Hành động khắc phục quá hạn tại thời điểm chốt', figures.actions.overdue],
      ] as const
    ).reduce((a, b) => (b[1].value > a[1].value ? b : a));
    expect(figure.value).toBeGreaterThan(0);
    await page.getByRole('button', { name: `${label}: ${figure.value}` }).click();
    const trace = page.getByRole('dialog');
    await trace.getByText(`${figure.value} dòng`, { exact: false }).waitFor();
    expect(await trace.getByRole('listitem').count()).toBe(figure.value);
    await page.keyboard.press('Escape');
    await saveScreenshot(page, 'report-1366');

    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByRole('dialog', { name: 'Ban hành' }).getByRole('button', { name: 'Ban hành' }).click();
    await page.getByText('Số: 01/BC-UBND', { exact: false }).first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-cchc-01-BC-UBND.pdf');
    const file = path.join(makeTempDir(), 'report.pdf');
    await download.saveAs(file);
    const text = pdfText(fs.readFileSync(file));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(`Kết quả kiểm tra công tác cải cách hành chính quý III năm ${year}`);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../electron/shared/dates';
import { pdfText } from '../support/fixtures/minutesPdfText';
import { insertReportingYear } from '../support/fixtures/reportingYear';
import { reportOfKind } from '../support/fixtures/reportOfKind';
import { makeTempDir } from '../support/tempBackend';
import { ActionsBoardPage, chooseOption } from './pages/ActionsPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

const today = localDateOf(new Date());
const year = Number(today.slice(0, 4));

describe('ISO internal-audit report and unit report card in the browser (web host)', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await startAppHarness();
    const first = insertReportingYear(app.backend.store, { year, today, seed: 9, maxFindings: 8 });
    insertReportingYear(app.backend.store, { year, today, seed: 23, maxFindings: 8, firstMinutesNumber: first + 1 });
  });
  afterAll(() => app?.close());

  it('builds the yearly ISO report, traces a figure, writes the management-review input, issues it and downloads the PDF', async () => {
    const page = await app.open('reports');
    await page.setViewportSize({ width: 1366, height: 768 });
    await new ActionsBoardPage(page).dismissDueNotice();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' }).waitFor();
    await page.getByText('Báo cáo đánh giá nội bộ ISO', { exact: true }).click();
    await chooseOption(page, page, 'Kỳ báo cáo', 'Năm');
    await page.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page.getByRole('heading', { level: 1, name: `Báo cáo năm ${year}` }).waitFor();

    const [listed] = await app.backend.call('reports.list', {});
    const figures = reportOfKind(await app.backend.call('reports.get', { id: listed!.id }), 'iso').figures;
    expect(figures.evaluation.done.value).toBeGreaterThan(0);
    await page.getByRole('button', { name: `Cuộc đánh giá đã kết thúc: ${figures.evaluation.done.value}` }).click();
    const trace = page.getByRole('dialog');
    await trace.getByText(`${figures.evaluation.done.value} dòng`, { exact: false }).waitFor();
    expect(await trace.getByRole('listitem').count()).toBe(figures.evaluation.done.value);
    await page.keyboard.press('Escape');
    // The charts come from the back end as SVG, each with its table; the first drawing starts a worker that loads ECharts, slow on a loaded machine.
    const chart = page.getByRole('figure', { name: 'Hiệu lực của hành động khắc phục' });
    await chart.getByRole('table').waitFor({ timeout: 90_000 });
    expect(await chart.locator('img[src^="data:image/svg+xml"]').count()).toBe(1);

    const changes = page.getByLabel('b) Những thay đổi về các vấn đề bên ngoài và nội bộ');
    await changes.fill('Sáp nhập hai phòng chuyên môn từ 01/07.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu phần lời văn.').waitFor();
    await saveScreenshot(page, 'iso-report-1366');

    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByRole('dialog', { name: 'Ban hành' }).getByRole('button', { name: 'Ban hành' }).click();
    await page.getByText('Số: 01/BC-UBND', { exact: false }).first().waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-iso-01-BC-UBND.pdf');
    const file = path.join(makeTempDir(), 'iso.pdf');
    await download.saveAs(file);
    const text = pdfText(fs.readFileSync(file));
    expect(text).toContain('Số: 01/BC-UBND');
    expect(text).toContain(`Kết quả đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm ${year}`);
    expect(text).toContain('Sáp nhập hai phòng chuyên môn từ 01/07.');
  });

  it('opens a unit’s report card from the registry and downloads it', async () => {
    const [listed] = await app.backend.call('reports.list', {});
    const report = reportOfKind(await app.backend.call('reports.get', { id: listed!.id }), 'iso');
    const unit = report.figures.byUnit.find((u) => u.audits.value > 0)!;
    const card = await app.backend.call('reports.unitCard', { unitId: unit.unitId });
    const page = await app.open('units');
    await page.setViewportSize({ width: 1366, height: 768 });
    await new ActionsBoardPage(page).dismissDueNotice();
    await page.getByRole('link', { name: unit.unitName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ theo dõi: ${unit.unitName}` }).waitFor();
    const thisYear = card.years.find((y) => y.year === year)!;
    await page.getByRole('button', { name: `${year} — Đánh giá ISO: ${thisYear.isoAudits.value}` }).waitFor();
    await page.getByRole('figure', { name: 'Phát hiện theo năm và phân loại' }).getByRole('table').waitFor();
    await saveScreenshot(page, 'unit-card-1366');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải PDF' }).click()]);
    const text = pdfText(fs.readFileSync(await download.path()));
    expect(text).toContain(`Hồ sơ theo dõi kết quả kiểm tra, đánh giá của ${unit.unitName}`);
  });
});

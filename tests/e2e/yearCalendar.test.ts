import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../electron/shared/dates';
import { insertAuditWithFindings } from '../support/fixtures/actionsAudit';
import { staffTheWard } from '../support/fixtures/programmeStaff';
import { chooseOption } from './pages/ActionsPage';
import { ProgrammePageObject } from './pages/ProgrammePage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

const YEAR = 2026;

describe('the year at a glance: today, done against pending, CCHC against ISO, details beside the day', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness({ now: () => new Date('2026-03-10T02:00:00Z') });
    await staffTheWard(app.backend);
    const generated = await app.backend.call('programme.generate', { year: YEAR });
    // One inspection already past when the programme is approved.
    const [first] = generated.entries;
    await app.backend.call('programme.updateEntry', { id: first!.id, date: '2026-03-04' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('warns at approval about dates already past, then marks today and opens a day beside the click with "Bắt đầu kiểm tra"', async () => {
    const page = await app.open('programme');
    await page.setViewportSize({ width: 1366, height: 768 });
    const programme = new ProgrammePageObject(page);
    await chooseOption(page, page, 'Năm làm việc', String(YEAR));
    await programme.coverage('cchc').waitFor();
    const stored = (await app.backend.call('programme.get', { year: YEAR }))!;
    const past = stored.entries.find((entry) => entry.date === '2026-03-04')!;

    const approval = await programme.openApproval();
    const warning = await approval.getByRole('alert').innerText();
    expect(warning).toContain('1 cuộc kiểm tra có ngày đã qua (trước hôm nay, 10/03/2026)');
    expect(warning).toContain(`${past.unitName} (04/03/2026)`);
    await approval.getByLabel('Số văn bản').fill('12');
    await approval.getByRole('button', { name: 'Phê duyệt' }).click();
    await page.getByTestId('programme-status').getByText('Đã phê duyệt').waitFor();

    await programme.showCalendar();
    const today = page.locator('[aria-current="date"]');
    expect(await today.count()).toBe(1);
    expect(await today.innerText()).toContain('10');

    // The past day's cell says its kind in words and in a letter, and that nothing is done yet.
    const day = programme.calendarDay('04/03/2026');
    expect(await day.getAttribute('aria-label')).toBe(`04/03/2026: 1 cuộc kiểm tra (${past.kind}), 0 đã xong`);
    expect(await day.innerText()).toContain(past.kind === 'CCHC' ? 'C' : 'I');
    await day.click();
    const details = programme.dayDetails('04/03/2026');
    await details.waitFor();
    await details.getByText('Chưa bắt đầu').waitFor();
    // Beside the click: the popover sits to the right of the day (or to its left where the window ends), level
    // with it (moved up where the window ends below), not under all twelve months. It is placed again once its
    // list has grown, so both places are read again until it has settled.
    const besideTheDay = async () => {
      const dayBox = (await day.boundingBox())!;
      const detailsBox = (await details.boundingBox())!;
      const toTheRight = detailsBox.x >= dayBox.x + dayBox.width - 1;
      const toTheLeft = detailsBox.x + detailsBox.width <= dayBox.x + 1;
      const level = detailsBox.y < dayBox.y + dayBox.height && detailsBox.y + detailsBox.height > dayBox.y;
      return (toTheRight || toTheLeft) && level;
    };
    await expect.poll(besideTheDay).toBe(true);
    const start = details.getByRole('link', { name: `Bắt đầu kiểm tra: ${past.unitName}` });
    expect(await start.getAttribute('href')).toBe(`#/audits/new/${past.id}`);
    await saveScreenshot(page, 'programme-calendar-1366');

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    await day.click();
    await start.click();
    await page.getByRole('heading', { level: 1, name: 'Bắt đầu cuộc kiểm tra' }).waitFor();
  });

  it('marks a day done once its audit is closed, and the list offers the audit instead of starting another', async () => {
    const stored = (await app.backend.call('programme.get', { year: YEAR }))!;
    const entry = stored.entries.find((candidate) => candidate.date === '2026-03-04')!;
    const unitCode = (await app.backend.call('units.get', { id: entry.unitId })).code;
    const { auditId } = insertAuditWithFindings(app.backend.store, { kind: entry.kind, unitCode, startDate: entry.date, endDate: entry.date, findings: [] });
    app.backend.store.sqlite.prepare("update audits set planned_inspection_id = ?, status = 'closed' where id = ?").run(entry.id, auditId);

    const page = await app.open('programme');
    const programme = new ProgrammePageObject(page);
    await chooseOption(page, page, 'Năm làm việc', String(YEAR));
    await programme.coverage('cchc').waitFor();
    const row = programme.entry(entry.unitName, entry.kind);
    await row.getByText('Đã kiểm tra xong').waitFor();
    expect(await row.getByRole('link', { name: 'Xem kết quả' }).getAttribute('href')).toBe(`#/audits/${auditId}/summary`);
    const others = stored.entries.filter((candidate) => candidate.id !== entry.id);
    expect(await page.getByRole('link', { name: /^Bắt đầu kiểm tra: / }).count()).toBe(others.length);

    await programme.showCalendar();
    expect(await programme.calendarDay(formatCalendarDate(entry.date)).getAttribute('aria-label')).toMatch(/1 đã xong$/);
  });
});

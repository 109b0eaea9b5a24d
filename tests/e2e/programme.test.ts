import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poppler } from '../support/fixtures/minutesPdfTools';
import { staffTheWard } from '../support/fixtures/programmeStaff';
import { chooseOption } from './pages/ActionsPage';
import { AppShellPage } from './pages/AppShellPage';
import { ProgrammePageObject } from './pages/ProgrammePage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

const YEAR = 2026;

/** The first working day of September not already used by the programme, dd/MM/yyyy. */
async function freeSeptemberDay(app: AppHarness): Promise<string> {
  const programme = await app.backend.call('programme.get', { year: YEAR });
  const holidays = new Set((await app.backend.call('holidays.list', { year: YEAR })).map((h) => h.date));
  const used = new Set(programme?.entries.map((e) => e.date));
  for (let day = 3; day <= 30; day++) {
    const date = `${YEAR}-09-${String(day).padStart(2, '0')}`;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(date) && !used.has(date)) return `${String(day).padStart(2, '0')}/09/${YEAR}`;
  }
  throw new Error('no free day');
}

describe('Inspection programme in the browser', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
    await staffTheWard(app.backend);
  });
  afterAll(async () => {
    await app.close();
  });

  it('generates the programme, moves a date, sees coverage and rules change live, approves and downloads the PDF', async () => {
    const page = await app.open('programme');
    const programme = new ProgrammePageObject(page);
    await programme.chooseYear(YEAR);
    await programme.heading(YEAR).waitFor();
    await page.getByText(`Chưa có kế hoạch kiểm tra năm ${YEAR}.`, { exact: false }).waitFor();
    await saveScreenshot(page, 'programme-empty');

    await programme.generate();
    await expect.poll(() => programme.coverageValue('cchc')).toBe('4/4 đơn vị');
    expect(await programme.coverageValue('iso')).toBe('5 đơn vị, tối thiểu 2');
    expect(await programme.entries().count()).toBe(9);
    await programme.ruleCheck().getByText('Kế hoạch đáp ứng mọi quy tắc.').waitFor();
    await saveScreenshot(page, 'programme-generated');

    // A date on Quốc khánh breaks a hard rule: listed, marked on the row, and approval is blocked.
    await programme.moveEntry('Văn phòng HĐND và UBND', 'CCHC', `02/09/${YEAR}`);
    await programme.hardViolations().getByText(`Văn phòng HĐND và UBND (CCHC): ngày 02/09/${YEAR} là ngày nghỉ Quốc khánh.`).waitFor();
    await expect.poll(() => programme.approveButton().isDisabled()).toBe(true);
    await expect.poll(() => programme.entry('Văn phòng HĐND và UBND', 'CCHC').innerText()).toContain('1 vấn đề');
    await saveScreenshot(page, 'programme-holiday-violation');

    const freeDay = await freeSeptemberDay(app);
    await programme.moveEntry('Văn phòng HĐND và UBND', 'CCHC', freeDay);
    await programme.ruleCheck().getByText('Kế hoạch đáp ứng mọi quy tắc.').waitFor();
    await expect.poll(() => programme.entry('Văn phòng HĐND và UBND', 'CCHC').innerText()).toContain(freeDay);

    // Removing an inspection drops the CCHC coverage below target; adding it back restores it.
    await programme.removeEntry('Phòng Văn hóa - Xã hội', 'CCHC');
    await expect.poll(() => programme.coverageValue('cchc')).toBe('3/4 đơn vị');
    await programme.coverage('cchc').getByText('Chưa đạt').waitFor();
    await programme.coverage('cchc').getByText('Chưa có lịch: Phòng Văn hóa - Xã hội').waitFor();
    await expect.poll(() => programme.approveButton().isDisabled()).toBe(true);
    await saveScreenshot(page, 'programme-coverage-short');

    await programme.openAddForm();
    await programme.fillEntry({ unit: 'Phòng Văn hóa - Xã hội', date: await freeSeptemberDay(app), leader: 'Lê Văn Cường', members: ['Bùi Thị Lan', 'Trần Thị Bình'] });
    await saveScreenshot(page, 'programme-add-entry');
    await programme.saveEntry();
    await expect.poll(() => programme.coverageValue('cchc')).toBe('4/4 đơn vị');
    await expect.poll(() => programme.approveButton().isDisabled()).toBe(false);

    await programme.approve('5');
    await page.getByText('Số 05/KH-UBND', { exact: false }).waitFor();
    await saveScreenshot(page, 'programme-approved');
    const ready = await app.backend.call('programme.readyToStart', { year: YEAR });
    expect(ready).toHaveLength(9);
    expect(ready.find((r) => r.unitName === 'Phòng Văn hóa - Xã hội' && r.kind === 'CCHC')?.team.map((m) => m.fullName)).toEqual([
      'Lê Văn Cường',
      // Members by given name, as Vietnamese lists are: Bình before Lan.
      'Trần Thị Bình',
      'Bùi Thị Lan',
    ]);

    const download = await programme.downloadPdf();
    expect(download.suggestedFilename()).toBe(`ke-hoach-kiem-tra-${YEAR}.pdf`);
    const path = await download.path();
    const pdf = fs.readFileSync(path);
    fs.mkdirSync('tests/.artifacts', { recursive: true });
    fs.writeFileSync('tests/.artifacts/programme-plan.pdf', pdf);
    const text = poppler('pdftotext', pdf).replace(/\s+/g, ' ');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 05/KH-UBND',
      'KẾ HOẠCH',
      `Kiểm tra công tác cải cách hành chính năm ${YEAR}`,
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Đơn vị được kiểm tra',
      'Thành phần đoàn',
      'Phòng Văn hóa - Xã hội',
      'Trưởng đoàn: Lê Văn Cường',
      'TM. ỦY BAN NHÂN DÂN',
      'Trần Xuân Đức',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(poppler('pdffonts', pdf)).toMatch(/Tinos\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('shows the year calendar and filters by kind, unit and person', async () => {
    const page = await app.open('programme');
    const programme = new ProgrammePageObject(page);
    await programme.chooseYear(YEAR);
    await programme.coverage('cchc').waitFor();
    await programme.filterKind('Đánh giá ISO');
    await expect.poll(() => programme.entries().count()).toBe(5);
    await page.getByText('5/9 cuộc kiểm tra').waitFor();
    await programme.filterKind('Tất cả');

    await programme.showCalendar();
    const stored = await app.backend.call('programme.get', { year: YEAR });
    const first = stored!.entries[0]!;
    const [y, m, d] = first.date.split('-');
    await programme.calendarDay(`${d}/${m}/${y}`).click();
    await programme.dayDetails(`${d}/${m}/${y}`).locator(`[data-day-entry-unit="${first.unitName}"][data-day-entry-kind="${first.kind}"]`).waitFor();
    await saveScreenshot(page, 'programme-calendar');

    await chooseOption(page, page, 'Cán bộ trong đoàn', 'Lê Văn Cường');
    const withPerson = stored!.entries.filter((e) => e.team.some((member) => member.fullName === 'Lê Văn Cường')).length;
    await page.getByText(`${withPerson}/9 cuộc kiểm tra`).waitFor();
  });

  it('keeps the approved programme locked until it is returned to draft', async () => {
    const page = await app.open('programme');
    const programme = new ProgrammePageObject(page);
    await programme.chooseYear(YEAR);
    await programme.coverage('cchc').waitFor();
    expect(await page.getByRole('button', { name: /^Sửa cuộc kiểm tra/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Thao tác khác' }).click();
    await page.getByRole('menuitem', { name: 'Chuyển về dự thảo' }).click();
    await page.getByRole('dialog', { name: 'Chuyển kế hoạch về dự thảo?' }).getByRole('button', { name: 'Chuyển về dự thảo' }).click();
    await page.getByTestId('programme-status').getByText('Dự thảo', { exact: true }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Sửa cuộc kiểm tra/ }).count()).toBe(9);
    expect(await app.backend.call('programme.readyToStart', { year: YEAR })).toEqual([]);
  });
});

describe('Staff directory and holidays in the browser', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app.close();
  });

  it('adds a trained auditor who may lead, after refusing an invalid email in Vietnamese', async () => {
    const page = await app.open('units');
    await page.getByRole('tab', { name: 'Cán bộ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cán bộ' }).waitFor();
    expect(page.url()).toMatch(/#\/units\/can-bo$/);
    await page.getByText('Danh bạ chưa có cán bộ nào.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Thêm cán bộ' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
    await dialog.getByLabel('Họ và tên').fill('Trần Thị Ánh');
    await dialog.getByLabel('Chức vụ').fill('Phó Trưởng phòng');
    await dialog.getByLabel('Thư điện tử').fill('anh-khong-hop-le');
    await dialog.getByText('Thư điện tử không đúng định dạng, ví dụ ten@hatinh.gov.vn').waitFor();
    await dialog.getByLabel('Thư điện tử').fill('anh.tt@backhonglinh.gov.vn');
    await dialog.getByLabel('Đã được đào tạo đánh giá viên nội bộ ISO 9001').check();
    await dialog.getByLabel('Số chứng chỉ').fill('ĐGNB-0123');
    await dialog.getByLabel('Được làm Trưởng đoàn kiểm tra, đánh giá').check();
    await saveScreenshot(page, 'people-form');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await new AppShellPage(page).toast('Đã thêm cán bộ Trần Thị Ánh');
    const row = page.locator('tr[data-person-name="Trần Thị Ánh"]');
    await expect.poll(() => row.innerText()).toContain('Chứng chỉ ĐGNB-0123');
    await saveScreenshot(page, 'people-page');
    const stored = await app.backend.call('people.list', {});
    expect(stored).toMatchObject([{ fullName: 'Trần Thị Ánh', auditorTrained: true, auditorCertNumber: 'ĐGNB-0123', mayLead: true, email: 'anh.tt@backhonglinh.gov.vn' }]);

    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    await page.getByTestId('units-table').waitFor();
  });

  it('edits the holidays in Cài đặt: adds a compensatory day and deletes it after confirming', async () => {
    const page = await app.open('settings');
    await new ProgrammePageObject(page).chooseYear(YEAR);
    const table = page.getByTestId('holidays-table');
    await table.waitFor();
    await table.getByText('Tết Nguyên đán (Mùng 1)').waitFor();
    await page.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm ngày nghỉ' });
    const date = dialog.getByRole('textbox', { name: 'Ngày', exact: true });
    await date.fill(`31/12/${YEAR}`);
    await date.press('Tab');
    await dialog.getByLabel('Tên ngày nghỉ').fill('Nghỉ bù cuối năm');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await table.locator(`tr[data-holiday-date="${YEAR}-12-31"]`).waitFor();
    await saveScreenshot(page, 'settings-holidays');

    await page.getByRole('button', { name: `Xóa: Nghỉ bù cuối năm 31/12/${YEAR}` }).click();
    await page.getByRole('dialog', { name: 'Xóa ngày nghỉ?' }).getByRole('button', { name: 'Xóa' }).click();
    await table.locator(`tr[data-holiday-date="${YEAR}-12-31"]`).waitFor({ state: 'detached' });
    expect((await app.backend.call('holidays.list', { year: YEAR })).some((h) => h.date === `${YEAR}-12-31`)).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LegalBasesPageObject } from './pages/LegalBasesPage';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { saveScreenshot } from './support/browser';

describe('legal bases editor in Cài đặt', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app.close();
  });

  it('adds a basis with placeholders (previewed as printed), moves it first, retires another, and the minutes print that order', async () => {
    const page = await app.open('settings');
    const editor = new LegalBasesPageObject(page);
    await editor.items().first().waitFor();
    expect(await editor.texts()).toContain('Kế hoạch cải cách hành chính năm {năm} của {cơ quan}');

    await editor.openCreateForm();
    await editor.fillText('Kế hoạch số 05/KH-UBND ngày 10/01/{năm} của {cơ quan} về kiểm tra CCHC');
    await expect(editor.preview().innerText()).resolves.toBe(
      `Khi in năm ${new Date().getFullYear()}: Căn cứ Kế hoạch số 05/KH-UBND ngày 10/01/${new Date().getFullYear()} của Ủy ban nhân dân phường Bắc Hồng Lĩnh về kiểm tra CCHC;`,
    );
    await editor.setKind('Biên bản đánh giá ISO', false);
    await editor.setKind('Kế hoạch kiểm tra', false);
    await editor.save();
    const added = 'Kế hoạch số 05/KH-UBND ngày 10/01/{năm} của {cơ quan} về kiểm tra CCHC';
    await editor.item(added).waitFor();

    for (let i = 0; i < 4; i++) await editor.act('Chuyển lên', added);
    await expect.poll(async () => (await editor.texts())[0]).toBe(added);
    await editor.act('Ngừng dùng', 'Kế hoạch cải cách hành chính năm {năm} của {cơ quan}');
    await expect.poll(() => editor.item('Kế hoạch cải cách hành chính năm {năm} của {cơ quan}').count()).toBe(0);
    await saveScreenshot(page, 'legal-bases-editor');

    expect(await app.backend.call('legalBases.render', { documentKind: 'cchc_minutes', year: 2026 })).toEqual([
      'Kế hoạch số 05/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân phường Bắc Hồng Lĩnh về kiểm tra CCHC',
    ]);
    expect(await app.backend.call('legalBases.render', { documentKind: 'iso_minutes', year: 2026 })).toHaveLength(2);
  });
});

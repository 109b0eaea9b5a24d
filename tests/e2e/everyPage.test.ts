import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRoute } from '../../renderer/src/app/routes';
import { routeHash, workspaceTabs } from '../../renderer/src/app/routes';
import { longChecklist, startSampleAudit } from '../support/fixtures/auditsFixture';
import type { StartedAudit } from '../support/fixtures/auditsFixture';
import { startAppHarness } from './support/appHarness';
import type { AppHarness } from './support/appHarness';
import { outOfReadingOrder, overflowingElements, seriousAccessibilityViolations, settled, tabThrough, textUnderElevenPixels, wholeChecklistRows } from './support/layoutChecks';

/** The two laptop screens of issue 17: nothing may be clipped on either. */
const screens = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

/** Every page of the route table, with an audit of 60 questions and its findings behind the audit pages. */
function everyRoute(audit: StartedAudit): AppRoute[] {
  return [
    { page: 'dashboard' },
    { page: 'programme' },
    { page: 'audits', audits: { view: 'list' } },
    { page: 'audits', audits: { view: 'new', plannedInspectionId: null } },
    ...workspaceTabs.map((tab): AppRoute => ({ page: 'audits', audits: { view: 'audit', auditId: audit.auditId, tab } })),
    { page: 'actions', link: null },
    { page: 'reports', reportId: null },
    { page: 'units', tab: 'units' },
    { page: 'units', tab: 'people' },
    { page: 'checklists', templateId: null, versionId: null },
    { page: 'checklists', templateId: audit.version.templateId, versionId: audit.version.versionId },
    { page: 'settings' },
    { page: 'setup' },
  ];
}

describe('Every page at 1366×768 and 1280×720', () => {
  let app: AppHarness;
  let routes: string[];
  let checklistHash: string;

  beforeAll(async () => {
    app = await startAppHarness();
    const audit = await startSampleAudit(app.backend, { sections: longChecklist(60) });
    const firstItem = Object.values(audit.version.items)[0]!;
    await app.backend.call('audits.saveResponse', { auditId: audit.auditId, itemId: firstItem, conformity: 'kph_nhe' });
    await app.backend.call('findings.create', {
      auditId: audit.auditId,
      itemId: firstItem,
      findingClass: 'kph_nhe',
      description: 'Hồ sơ tiếp nhận chưa ghi đủ thời hạn trả kết quả cho công dân',
      requiresAction: true,
    });
    routes = everyRoute(audit).map(routeHash);
    checklistHash = routeHash({ page: 'audits', audits: { view: 'audit', auditId: audit.auditId, tab: 'checklist' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const screen of screens) {
    it(`shows no content wider than its box and nothing off the side at ${screen.width}×${screen.height}`, async () => {
      const page = await app.open();
      await page.setViewportSize(screen);
      const problems: Record<string, unknown> = {};
      for (const hash of routes) {
        await page.evaluate((target) => (window.location.hash = target), hash);
        await settled(page);
        const overflows = await overflowingElements(page);
        const smallText = await textUnderElevenPixels(page);
        if (overflows.length || smallText.length) problems[hash] = { overflows, smallText };
      }
      expect(problems).toEqual({});
      await page.context().close();
    });
  }

  it('keeps the audit header compact: at least 8 checklist questions in view at 1366×768', async () => {
    const page = await app.open(checklistHash.slice(2));
    await page.setViewportSize(screens[0]!);
    await page.getByTestId('checklist').waitFor();
    await settled(page);
    expect(await wholeChecklistRows(page)).toBeGreaterThanOrEqual(8);
    await page.context().close();
  });

  it('shows where the focus is at every stop, and moves it in reading order', async () => {
    const page = await app.open();
    await page.setViewportSize(screens[0]!);
    const problems: Record<string, string[]> = {};
    for (const hash of routes) {
      await page.evaluate((target) => (window.location.hash = target), hash);
      await settled(page);
      const stops = await tabThrough(page, 30);
      const unmarked = stops.filter((stop) => !stop.marked).map((stop) => `no focus mark on "${stop.name}"`);
      const found = [...unmarked, ...outOfReadingOrder(stops)];
      if (found.length) problems[hash] = found;
    }
    expect(problems).toEqual({});
    await page.context().close();
  });

  it('has no serious or critical WCAG 2.2 AA violation on any page (axe)', async () => {
    const page = await app.open();
    await page.setViewportSize(screens[0]!);
    const problems: Record<string, string[]> = {};
    for (const hash of routes) {
      await page.evaluate((target) => (window.location.hash = target), hash);
      await settled(page);
      const violations = await seriousAccessibilityViolations(page);
      if (violations.length) problems[hash] = violations;
    }
    expect(problems).toEqual({});
    await page.context().close();
  });
});

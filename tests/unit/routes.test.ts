import { describe, expect, it } from 'vitest';
import { pageRoute, parseRoute, railItemOf, railItems, routeHash } from '../../renderer/src/app/routes';
import type { AppRoute } from '../../renderer/src/app/routes';

describe('the route table', () => {
  const addresses: [string, AppRoute][] = [
    ['#/dashboard', { page: 'dashboard' }],
    ['#/programme', { page: 'programme' }],
    ['#/settings', { page: 'settings' }],
    ['#/setup', { page: 'setup' }],
    ['#/audits', { page: 'audits', audits: { view: 'list' } }],
    ['#/audits/new', { page: 'audits', audits: { view: 'new', plannedInspectionId: null } }],
    ['#/audits/new/p-7', { page: 'audits', audits: { view: 'new', plannedInspectionId: 'p-7' } }],
    ['#/audits/a-1/minutes', { page: 'audits', audits: { view: 'audit', auditId: 'a-1', tab: 'minutes' } }],
    ['#/actions', { page: 'actions', link: null }],
    ['#/actions/cho_xac_minh/2026', { page: 'actions', link: { filter: 'cho_xac_minh', year: 2026 } }],
    ['#/audits/list/minutes_unsigned/2026', { page: 'audits', audits: { view: 'list', focus: 'minutes_unsigned', year: 2026 } }],
    ['#/reports', { page: 'reports', reportId: null }],
    ['#/reports/r-1', { page: 'reports', reportId: 'r-1' }],
    ['#/reports/don-vi/u-1', { page: 'reports', reportId: null, unitId: 'u-1' }],
    ['#/actions/overdue', { page: 'actions', link: { filter: 'overdue', year: null } }],
    ['#/actions/due_soon', { page: 'actions', link: { filter: 'due_soon', year: null } }],
    ['#/units', { page: 'units', tab: 'units' }],
    ['#/units/can-bo', { page: 'units', tab: 'people' }],
    ['#/checklists', { page: 'checklists', templateId: null, versionId: null }],
    ['#/checklists/t-1', { page: 'checklists', templateId: 't-1', versionId: null }],
    ['#/checklists/t-1/v-2', { page: 'checklists', templateId: 't-1', versionId: 'v-2' }],
  ];

  it.each(addresses)('reads %s and writes it back the same', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHash(route)).toBe(hash);
  });

  it('opens an audit on its checklist when the tab is missing or unknown', () => {
    const checklist = { page: 'audits', audits: { view: 'audit', auditId: 'a-1', tab: 'checklist' } };
    expect(parseRoute('#/audits/a-1')).toEqual(checklist);
    expect(parseRoute('#/audits/a-1/nope')).toEqual(checklist);
  });

  it('takes an empty or unknown address for the dashboard, and ignores an unknown filter', () => {
    expect(parseRoute('')).toEqual({ page: 'dashboard' });
    expect(parseRoute('#/')).toEqual({ page: 'dashboard' });
    expect(parseRoute('#/khong-co')).toEqual({ page: 'dashboard' });
    expect(parseRoute('#/actions/later')).toEqual({ page: 'actions', link: null });
  });

  it('leaves out a version without its template', () => {
    expect(routeHash({ page: 'checklists', templateId: null, versionId: 'v-2' })).toBe('#/checklists');
  });

  it('gives each page its plain address', () => {
    expect(routeHash(pageRoute('units'))).toBe('#/units');
    expect(routeHash(pageRoute('audits'))).toBe('#/audits');
    expect(routeHash(pageRoute('actions'))).toBe('#/actions');
  });

  it('gives the staff directory its own rail entry after Đơn vị, active on its own address only', () => {
    expect(railItems.map((item) => item.name)).toEqual(['dashboard', 'programme', 'audits', 'actions', 'reports', 'units', 'people', 'checklists', 'settings']);
    const people = railItems.find((item) => item.name === 'people');
    expect(people && routeHash(people.route)).toBe('#/units/can-bo');
    expect(railItemOf(parseRoute('#/units/can-bo'))).toBe('people');
    expect(railItemOf(parseRoute('#/units'))).toBe('units');
    expect(railItemOf(parseRoute('#/audits/a-1/minutes'))).toBe('audits');
  });
});

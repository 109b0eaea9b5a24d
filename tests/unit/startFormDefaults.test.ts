import { describe, expect, it } from 'vitest';
import type { ReadyInspection } from '../../electron/shared/contract/programme';
import { startAuditInput } from '../../electron/shared/contract/audits';
import { auditDateIssues } from '../../electron/shared/rules/auditHeader';
import { blankStartValues, fromPlannedEntry } from '../../renderer/src/pages/audits/start/startFormValues';
import { outOfRangeMessage } from '../../renderer/src/components/dateRange';

const entry = (date: string, planDate: string | null): ReadyInspection => ({
  plannedInspectionId: 'p1',
  programmeId: 'prog',
  year: 2026,
  kind: 'CCHC',
  unitId: 'u1',
  unitName: 'Phòng Văn hóa - Xã hội',
  date,
  content: '',
  templateVersionId: null,
  planNumber: '05/KH-UBND',
  planDate,
  team: [],
});

describe('The start form opens with valid defaults (issue 17)', () => {
  it('names the plan as legal basis when it was approved before the planned day', () => {
    const values = fromPlannedEntry(blankStartValues(), entry('2026-05-12', '2026-01-20'), []);
    expect(values).toMatchObject({ planNumber: '05/KH-UBND', planDate: '2026-01-20', startDate: '2026-05-12' });
    expect(auditDateIssues(values)).toEqual([]);
  });

  it('leaves the plan out when it was approved after the planned day, rather than open with an error of its own', () => {
    const values = fromPlannedEntry(blankStartValues(), entry('2026-03-02', '2026-03-10'), []);
    expect(values).toMatchObject({ planNumber: '', planDate: null, startDate: '2026-03-02' });
    expect(auditDateIssues(values)).toEqual([]);
    // The form's own schema agrees on the dates and legal basis (the rest is for the user to choose).
    const issues = startAuditInput.safeParse(values).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(issues.filter((path) => /date|Date|planNumber/.test(path))).toEqual([]);
  });
});

describe('A date outside its range is stated, never reverted in silence', () => {
  it('states both bounds, or the one there is, in dd/MM/yyyy', () => {
    expect(outOfRangeMessage('2026-12-31', '2026-01-01', '2026-06-30')).toEqual({ key: 'forms.date.between', params: { min: '01/01/2026', max: '30/06/2026' } });
    expect(outOfRangeMessage('2025-12-31', '2026-01-01', null)).toEqual({ key: 'forms.date.notBefore', params: { min: '01/01/2026', max: '' } });
    expect(outOfRangeMessage('2026-11-30', null, '2026-11-24')).toEqual({ key: 'forms.date.notAfter', params: { min: '', max: '24/11/2026' } });
  });

  it('accepts the bounds themselves and any day with no bound', () => {
    expect(outOfRangeMessage('2026-01-01', '2026-01-01', '2026-06-30')).toBeNull();
    expect(outOfRangeMessage('2026-06-30', '2026-01-01', '2026-06-30')).toBeNull();
    expect(outOfRangeMessage('1999-01-01', null, null)).toBeNull();
  });
});

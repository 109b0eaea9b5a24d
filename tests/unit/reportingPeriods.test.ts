import { describe, expect, it } from 'vitest';
import { appSettingsSchema } from '../../electron/shared/contract/organization';
import { defaultReportingRules, inWindow, previousWindow, reportingWindow, samePeriodLastYear } from '../../electron/shared/reporting/periods';
import type { ReportingPeriod, ReportingRules } from '../../electron/shared/reporting/periods';

const cutoff = defaultReportingRules;
const calendar: ReportingRules = { basis: 'calendar', cutoffDay: 15 };
const span = (period: ReportingPeriod, rules: ReportingRules) => {
  const { from, to } = reportingWindow(period, rules);
  return [from, to];
};

describe('reporting windows: the NĐ 09/2019 cut-off by default', () => {
  it('are the defaults of the settings', () => {
    const settings = appSettingsSchema.parse({});
    expect({ basis: settings.reportingBasis, cutoffDay: settings.reportingCutoffDay }).toEqual({ basis: 'cutoff', cutoffDay: 15 });
    expect(settings.monthlyReports).toBe(true);
  });

  it('quý I runs 15/12 of the year before to 14/03; 6 tháng 15/12–14/06; quý III 15/06–14/09; 9 tháng 15/12–14/09; năm 15/12–14/12', () => {
    expect(span({ kind: 'quarter', year: 2026, quarter: 1 }, cutoff)).toEqual(['2025-12-15', '2026-03-14']);
    expect(span({ kind: 'sixMonths', year: 2026 }, cutoff)).toEqual(['2025-12-15', '2026-06-14']);
    expect(span({ kind: 'quarter', year: 2026, quarter: 3 }, cutoff)).toEqual(['2026-06-15', '2026-09-14']);
    expect(span({ kind: 'nineMonths', year: 2026 }, cutoff)).toEqual(['2025-12-15', '2026-09-14']);
    expect(span({ kind: 'year', year: 2026 }, cutoff)).toEqual(['2025-12-15', '2026-12-14']);
  });

  it('the six-month, nine-month and yearly reports are cumulative from the start of the year; quarters and months are not', () => {
    expect(reportingWindow({ kind: 'sixMonths', year: 2026 }, cutoff).cumulative).toBe(true);
    expect(reportingWindow({ kind: 'nineMonths', year: 2026 }, cutoff).cumulative).toBe(true);
    expect(reportingWindow({ kind: 'year', year: 2026 }, cutoff).cumulative).toBe(true);
    expect(reportingWindow({ kind: 'quarter', year: 2026, quarter: 1 }, cutoff).cumulative).toBe(false);
    expect(reportingWindow({ kind: 'month', year: 2026, month: 1 }, cutoff).cumulative).toBe(false);
  });

  it('month M runs 15/(M-1) to 14/M, across the year end and through February', () => {
    expect(span({ kind: 'month', year: 2026, month: 1 }, cutoff)).toEqual(['2025-12-15', '2026-01-14']);
    expect(span({ kind: 'month', year: 2026, month: 3 }, cutoff)).toEqual(['2026-02-15', '2026-03-14']);
    expect(span({ kind: 'month', year: 2028, month: 3 }, cutoff)).toEqual(['2028-02-15', '2028-03-14']);
    expect(span({ kind: 'month', year: 2026, month: 12 }, cutoff)).toEqual(['2026-11-15', '2026-12-14']);
  });

  it('consecutive windows leave no day out and count none twice', () => {
    for (let month = 1; month < 12; month++) {
      const [, to] = span({ kind: 'month', year: 2026, month }, cutoff);
      const [from] = span({ kind: 'month', year: 2026, month: month + 1 }, cutoff);
      const next = new Date(`${to}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(next.toISOString().slice(0, 10)).toBe(from);
    }
    expect(span({ kind: 'year', year: 2027 }, cutoff)[0]).toBe('2026-12-15');
  });

  it('follow another cut-off day from the settings', () => {
    expect(span({ kind: 'quarter', year: 2026, quarter: 1 }, { basis: 'cutoff', cutoffDay: 20 })).toEqual(['2025-12-20', '2026-03-19']);
  });
});

describe('calendar periods and any range', () => {
  it('are whole months on the calendar basis, February ending on its last day', () => {
    expect(span({ kind: 'quarter', year: 2026, quarter: 1 }, calendar)).toEqual(['2026-01-01', '2026-03-31']);
    expect(span({ kind: 'quarter', year: 2026, quarter: 4 }, calendar)).toEqual(['2026-10-01', '2026-12-31']);
    expect(span({ kind: 'sixMonths', year: 2026 }, calendar)).toEqual(['2026-01-01', '2026-06-30']);
    expect(span({ kind: 'month', year: 2028, month: 2 }, calendar)).toEqual(['2028-02-01', '2028-02-29']);
    expect(span({ kind: 'year', year: 2026 }, calendar)).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('take a range as given, whatever the basis', () => {
    const range: ReportingPeriod = { kind: 'range', from: '2026-02-03', to: '2026-04-20' };
    expect(span(range, cutoff)).toEqual(['2026-02-03', '2026-04-20']);
    expect(span(range, calendar)).toEqual(['2026-02-03', '2026-04-20']);
  });
});

describe('an audit counts in the window its end date falls in', () => {
  const q1 = reportingWindow({ kind: 'quarter', year: 2026, quarter: 1 }, cutoff);
  it('both ends are included', () => {
    expect(inWindow('2025-12-15', q1)).toBe(true);
    expect(inWindow('2026-03-14', q1)).toBe(true);
    expect(inWindow('2025-12-14', q1)).toBe(false);
    expect(inWindow('2026-03-15', q1)).toBe(false);
  });
});

describe('comparisons: the period before and the same period last year', () => {
  it('the period before has the same length, on the same basis', () => {
    expect(previousWindow({ kind: 'quarter', year: 2026, quarter: 1 }, cutoff)).toMatchObject({ from: '2025-09-15', to: '2025-12-14' });
    expect(previousWindow({ kind: 'quarter', year: 2026, quarter: 3 }, cutoff)).toMatchObject({ from: '2026-03-15', to: '2026-06-14' });
    expect(previousWindow({ kind: 'sixMonths', year: 2026 }, cutoff)).toMatchObject({ from: '2025-06-15', to: '2025-12-14' });
    expect(previousWindow({ kind: 'nineMonths', year: 2026 }, calendar)).toMatchObject({ from: '2025-04-01', to: '2025-12-31' });
    expect(previousWindow({ kind: 'year', year: 2026 }, cutoff)).toMatchObject({ from: '2024-12-15', to: '2025-12-14' });
    expect(previousWindow({ kind: 'month', year: 2026, month: 1 }, calendar)).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
    expect(previousWindow({ kind: 'range', from: '2026-03-01', to: '2026-03-10' }, cutoff)).toMatchObject({ from: '2026-02-19', to: '2026-02-28' });
  });

  it('the same period last year moves one year back', () => {
    expect(reportingWindow(samePeriodLastYear({ kind: 'quarter', year: 2026, quarter: 1 }), cutoff)).toMatchObject({ from: '2024-12-15', to: '2025-03-14' });
    expect(samePeriodLastYear({ kind: 'range', from: '2028-02-29', to: '2028-03-10' })).toEqual({ kind: 'range', from: '2027-02-28', to: '2027-03-10' });
  });
});

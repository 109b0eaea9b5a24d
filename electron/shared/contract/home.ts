import * as z from 'zod';
import { query } from './define';
import { year } from './fields';
import type { RenderedChart } from './charts';

/** One programme's progress: units done against those planned and those the target covers. */
export interface ProgrammeProgress {
  /** Distinct units whose inspection of this kind ended in the year and was closed. */
  done: number;
  /** Distinct units with an entry of this kind in the year's programme. */
  planned: number;
  /** CCHC: active units in the CCHC scope. ISO: active ISO-applying units. */
  inScope: number;
  /** Units the target asks for: the coverage share of those in scope, rounded up. */
  required: number;
  /** The share the target sets (cchcCoveragePercent, isoSharePercent). */
  targetPercent: number;
}

/** "Việc cần làm" on the home page for one working year. Every count has a filtered list behind it. */
export interface HomeAttention {
  year: number;
  today: string;
  dueSoonDays: number;
  /** Corrective actions on findings of the year's audits (the board's year filter). */
  actions: { overdue: number; dueSoon: number; awaitingVerification: number; open: number };
  /** Entries of the year's approved programme whose date has passed with no audit started. */
  plannedNotStarted: number;
  /** Audits of the year that are closed while no minutes have been issued. */
  closedWithoutMinutes: number;
  /** Audits of the year whose newest issued minutes carry no digital signature yet. */
  minutesUnsigned: number;
  cchc: ProgrammeProgress;
  iso: ProgrammeProgress;
}

export interface HomeCharts {
  year: number;
  /** Inspections per month planned against done; findings by class; open actions by status and age. */
  charts: RenderedChart[];
}

export const homeMethods = {
  'home.charts': query<HomeCharts>()(z.object({ year }).strict(), 'Biểu đồ của trang tổng quan (SVG vẽ ở máy chủ) cùng bảng số liệu'),
  'home.attention': query<HomeAttention>()(z.object({ year }).strict(), 'Việc cần làm của năm làm việc: hành động quá hạn, chờ xác minh, kiểm tra chưa bắt đầu, biên bản, tiến độ kế hoạch'),
};

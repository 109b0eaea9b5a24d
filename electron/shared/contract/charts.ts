import type { FindingClass } from './vocabulary';

/** A chart's data, plain, so it crosses to the worker that draws it; the same data fills the table beside it. */
export type ChartSpec =
  | { kind: 'inspectionsByMonth'; months: { month: number; planned: number; done: number }[] }
  | { kind: 'findingsByClass'; counts: Record<FindingClass, number> }
  | { kind: 'actionsByStatus'; open: { label: string; count: number }[] }
  /** Bars with the words already chosen by the document that shows them: one series, or several side by side. */
  | { kind: 'bars'; title: string; axis: string; categoryHeader: string; categories: string[]; series: { name: string; data: number[] }[] };

/** A drawn chart: its title, the SVG, and the table with the same figures (for black-and-white print and screen readers). */
export interface RenderedChart {
  title: string;
  svg: string;
  table: { columns: string[]; rows: (string | number)[][] };
}

import { createHash } from 'node:crypto';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec, RenderedChart } from '../../shared/contract/charts';
import { findingClasses } from '../../shared/contract/vocabulary';
import { chartWords } from './chartWords';

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const FONT = 'Tinos, Times New Roman, serif';
/** Greys and one blue, so the bars still read in black-and-white print; the table beside carries the numbers. */
const COLOURS = ['#9aa5b1', '#1c5d99', '#3e4c59', '#cbd2d9'];

const GRID = { left: 48, right: 16 };

/**
 * The figures above the bars sit on white and need no halo; a halo is a white stroke drawn under the
 * fill with paint-order, which the PDF's SVG drawing (svg-to-pdfkit) ignores, so it painted the
 * stroke over the figure and the PDF lost its figures.
 */
const NO_HALO = { textBorderWidth: 0, textBorderColor: 'none' };

/** Each category's label breaks within its own slot of the axis, so neighbouring labels never run into each other. */
const labelWidth = (chartWidth: number, categories: number) => Math.min(90, Math.floor((chartWidth - GRID.left - GRID.right) / Math.max(1, categories)) - 6);

function barOption(chartWidth: number, title: string, axisName: string, categories: string[], series: { name: string; data: number[] }[]): EChartsCoreOption {
  return {
    animation: false,
    color: COLOURS.slice(series.length === 1 ? 1 : 0),
    textStyle: { fontFamily: FONT, fontSize: 12, color: '#1f2933' },
    title: { text: title, left: 'center', textStyle: { fontSize: 14, fontWeight: 'bold', fontFamily: FONT } },
    legend: series.length > 1 ? { bottom: 0, data: series.map((s) => s.name), textStyle: { fontFamily: FONT } } : undefined,
    grid: { ...GRID, top: 64, bottom: series.length > 1 ? 64 : 48 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontFamily: FONT, width: labelWidth(chartWidth, categories.length), overflow: 'break' } },
    yAxis: { type: 'value', name: axisName, nameTextStyle: { align: 'left', fontFamily: FONT }, minInterval: 1, axisLabel: { formatter: (value: number) => numbers.format(value), fontFamily: FONT } },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, label: { show: true, position: 'top', formatter: ({ value }: { value: number }) => numbers.format(value), fontFamily: FONT, ...NO_HALO } })),
  };
}

function chartOf(spec: ChartSpec, chartWidth: number): { title: string; option: EChartsCoreOption; table: RenderedChart['table'] } {
  switch (spec.kind) {
    case 'inspectionsByMonth': {
      const w = chartWords.inspectionsByMonth;
      const labels = spec.months.map((m) => `T${m.month}`);
      return {
        title: w.title,
        option: barOption(chartWidth, w.title, w.axis, labels, [
          { name: w.planned, data: spec.months.map((m) => m.planned) },
          { name: w.done, data: spec.months.map((m) => m.done) },
        ]),
        table: { columns: [w.month, w.planned, w.done], rows: spec.months.map((m) => [m.month, m.planned, m.done]) },
      };
    }
    case 'findingsByClass': {
      const w = chartWords.findingsByClass;
      const names = findingClasses.map(chartWords.className);
      const data = findingClasses.map((c) => spec.counts[c]);
      return { title: w.title, option: barOption(chartWidth, w.title, w.count, names, [{ name: w.count, data }]), table: { columns: [w.class, w.count], rows: names.map((name, i) => [name, data[i]!]) } };
    }
    case 'bars':
      return {
        title: spec.title,
        option: barOption(chartWidth, spec.title, spec.axis, spec.categories, spec.series),
        table: { columns: [spec.categoryHeader, ...spec.series.map((s) => s.name)], rows: spec.categories.map((category, i) => [category, ...spec.series.map((s) => s.data[i] ?? 0)]) },
      };
    case 'actionsByStatus': {
      const w = chartWords.actionsByStatus;
      return {
        title: w.title,
        option: barOption(chartWidth, w.title, w.count, spec.open.map((g) => g.label), [{ name: w.count, data: spec.open.map((g) => g.count) }]),
        table: { columns: [w.group, w.count], rows: spec.open.map((g) => [g.label, g.count]) },
      };
    }
  }
}

/** zrender's names for what it drew: its instance's number, a kind and a running count (zr7-cls-12). */
const ZRENDER_NAMES = /\bzr\d+-([a-z]+)-?(\d+)\b/g;

/**
 * zrender numbers every chart instance and class it ever made in the process, so the same chart
 * came out as another SVG each time (and a worker's pictures could not be found again by their SVG).
 * Each name becomes one of the chart's own, by order of first use, behind a hash of the drawing
 * itself: the same chart is the same SVG, and two different charts shown on one page keep apart.
 */
function stableNames(svg: string): string {
  const prefix = createHash('sha256').update(svg.replace(ZRENDER_NAMES, '$1')).digest('hex').slice(0, 8);
  const names = new Map<string, string>();
  return svg.replace(ZRENDER_NAMES, (name: string, kind: string) => {
    if (!names.has(name)) names.set(name, `c${prefix}-${kind}-${names.size}`);
    return names.get(name)!;
  });
}

/** Draws a chart to SVG with ECharts' server-side renderer (no DOM): the same drawing for the home and the documents. */
export function renderChart(spec: ChartSpec, width = 520, height = 280): RenderedChart {
  const { title, option, table } = chartOf(spec, width);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return { title, svg: stableNames(chart.renderToSVGString()), table };
  } finally {
    chart.dispose();
  }
}

export const renderCharts = ({ specs, width, height }: { specs: ChartSpec[]; width?: number; height?: number }) => specs.map((spec) => renderChart(spec, width, height));

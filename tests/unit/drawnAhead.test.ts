import { describe, expect, it } from 'vitest';
import { renderChart } from '../../electron/backend/charts/renderChart';
import { drawerFrom, recordingDrawer } from '../../electron/backend/modules/reporting/drawnAhead';
import type { ChartSpec } from '../../electron/shared/contract/charts';

const spec = (categories: string[]): ChartSpec => ({
  kind: 'bars',
  title: 'Phát hiện theo đơn vị',
  axis: 'Số phát hiện',
  categoryHeader: 'Đơn vị',
  categories,
  series: [{ name: 'Phát hiện', data: categories.map((_, i) => i + 1) }],
});

describe('charts drawn ahead for a Word copy', () => {
  it('keeps each chart it draws, as ECharts draws it', () => {
    const recorder = recordingDrawer();
    const drawn = recorder.draw(spec(['Phòng Nội vụ', 'Công an phường']), 520, 260);
    expect(drawn).toEqual(renderChart(spec(['Phòng Nội vụ', 'Công an phường']), 520, 260));
    expect(recorder.charts.map(({ chart }) => chart)).toEqual([drawn]);
  });

  it('gives the chart drawn ahead for the same spec and size, and draws a chart of another spec or size', () => {
    const recorder = recordingDrawer();
    recorder.draw(spec(['Phòng Nội vụ', 'Công an phường']), 520, 260);
    // A stand-in no drawing would give, to tell it apart from a chart drawn again.
    const standIn = { ...recorder.charts[0]!, chart: { ...recorder.charts[0]!.chart, svg: '<svg>drawn ahead</svg>' } };
    const draw = drawerFrom([standIn]);

    expect(draw(spec(['Phòng Nội vụ', 'Công an phường']), 520, 260).svg).toBe('<svg>drawn ahead</svg>');
    expect(draw(spec(['Phòng Nội vụ', 'Công an phường']), 560, 300)).toEqual(renderChart(spec(['Phòng Nội vụ', 'Công an phường']), 560, 300));
    expect(draw(spec(['Phòng Kinh tế']), 520, 260)).toEqual(renderChart(spec(['Phòng Kinh tế']), 520, 260));
  });
});

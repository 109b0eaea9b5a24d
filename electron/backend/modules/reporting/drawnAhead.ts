import type { ChartSpec, RenderedChart } from '../../../shared/contract/charts';
import { renderChart } from '../../charts/renderChart';
import { docxPictures, renderDocx } from '../../documents';
import type { ChartPicture, DocumentModel } from '../../documents';
import { PictureCache } from '../../documents/pictureCache';

/** How a report's document draws its charts: with ECharts, or by taking the drawing made ahead. */
export type ChartDrawer = (spec: ChartSpec, width: number, height: number) => RenderedChart;

export interface DrawnChart {
  /** The spec and size it was drawn for (chartKey). */
  key: string;
  chart: RenderedChart;
}

/**
 * What a report's Word copy needs drawn, drawn before the copy is asked for (wordPictures.ts): its
 * charts as SVG, which ECharts takes about 13 ms each to draw, and their pictures at print resolution.
 */
export interface DrawnAhead {
  charts: DrawnChart[];
  pictures: ChartPicture[];
}

const chartKey = (spec: ChartSpec, width: number, height: number) => PictureCache.key(JSON.stringify(spec), width, height);

/** Draws with ECharts and keeps each drawing, to be handed to the Word copy. */
export function recordingDrawer(): { draw: ChartDrawer; charts: DrawnChart[] } {
  const charts: DrawnChart[] = [];
  const draw: ChartDrawer = (spec, width, height) => {
    const chart = renderChart(spec, width, height);
    charts.push({ key: chartKey(spec, width, height), chart });
    return chart;
  };
  return { draw, charts };
}

/** Takes the chart drawn ahead for the same spec and size, and draws any other with ECharts. */
export function drawerFrom(drawn: readonly DrawnChart[]): ChartDrawer {
  const byKey = new Map(drawn.map(({ key, chart }) => [key, chart]));
  return (spec, width, height) => byKey.get(chartKey(spec, width, height)) ?? renderChart(spec, width, height);
}

/** A document's Word copy, its charts and their pictures taken from what was drawn ahead where they match. */
export function renderDocxDrawnAhead(model: (draw: ChartDrawer) => DocumentModel, resourcesDir: string, drawnAhead: DrawnAhead | undefined): Promise<Buffer> {
  return renderDocx(model(drawerFrom(drawnAhead?.charts ?? [])), resourcesDir, drawnAhead?.pictures);
}

/** What a document's Word copy needs drawn, drawn now (before the copy is asked for); runs on a worker thread. */
export async function drawDocxAhead(model: (draw: ChartDrawer) => DocumentModel, resourcesDir: string): Promise<DrawnAhead> {
  const recorder = recordingDrawer();
  const pictures = await docxPictures(model(recorder.draw), resourcesDir);
  return { charts: recorder.charts, pictures };
}

import type { OrganizationView } from '../../../shared/contract/organization';
import type { ReportView } from '../../../shared/contract/reports';
import { PictureCache } from '../../documents/pictureCache';
import { backgroundWork } from '../../workers/workerPool';
import type { DrawnAhead } from './drawnAhead';

/**
 * What the Word copies of the reports whose page was opened lately need drawn: their charts (SVG, by
 * ECharts) and the charts' pictures at print resolution. Drawing the pictures was most of a report's
 * first Word copy's time, which its PDF does not pay (pdfmake draws the SVG as vectors). A report's page,
 * the only place that offers its "Tải Word", asks for the report's charts as it opens, so the copy's
 * drawings are made then, on the worker pool beside the page's own charts, and the copy takes them
 * when it is asked for. Kept by a hash of the figures they were drawn from (a draft's figures change
 * when minutes are issued), for the eight latest reports: about 150 KB each.
 */
const drawings = new PictureCache<DrawnAhead>(8);

const figuresKey = (report: ReportView, resourcesDir: string) => PictureCache.key(report.kind, JSON.stringify(report.figures), resourcesDir);

/** Starts drawing what the report's Word copy needs on the worker pool, unless it is drawn or being drawn for these figures. */
export function drawWordCopyAhead(report: ReportView, organization: OrganizationView, resourcesDir: string): void {
  const drawing = drawings.picture(figuresKey(report, resourcesDir), () =>
    report.kind === 'iso'
      ? backgroundWork.run('reports.drawIsoDocxAhead', { report, organization, resourcesDir })
      : backgroundWork.run('reports.drawDocxAhead', { report, organization, resourcesDir }),
  );
  // Nobody waits for it yet: a drawing that failed is forgotten, and the Word copy draws its charts itself.
  drawing.catch(() => undefined);
}

/**
 * What was drawn ahead for the report's figures, once drawn (a Word copy asked for while it is drawn
 * waits for it rather than drawing it again); nothing if it was not drawn or the drawing failed.
 */
export async function drawnAheadFor(report: ReportView, resourcesDir: string): Promise<DrawnAhead | undefined> {
  return drawings.known(figuresKey(report, resourcesDir))?.catch(() => undefined);
}

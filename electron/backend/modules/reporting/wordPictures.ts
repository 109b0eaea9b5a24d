import type { OrganizationView } from '../../../shared/contract/organization';
import type { ReportView } from '../../../shared/contract/reports';
import type { ChartPicture } from '../../documents/chartPicture';
import { PictureCache } from '../../documents/pictureCache';
import { backgroundWork } from '../../workers/workerPool';

/**
 * The chart pictures of the Word copies of the reports whose page was opened lately. Drawing a report's
 * three charts at print resolution was most of its first Word copy's time, which its PDF does not pay
 * (pdfmake draws the SVG as vectors). The page shows the report's charts before it offers "Tải Word", so
 * the Word copy's pictures are drawn then, on the worker pool beside the page's own charts, and the copy
 * embeds them when it is asked for. Kept by a hash of the figures they were drawn from (a draft's figures
 * change when minutes are issued), for the eight latest reports: about 200 KB each.
 */
const drawnAhead = new PictureCache<ChartPicture[]>(8);

const figuresKey = (report: ReportView, resourcesDir: string) => PictureCache.key(report.kind, JSON.stringify(report.figures), resourcesDir);

/** Starts drawing the report's Word pictures on the worker pool, unless they are drawn or being drawn for these figures. */
export function drawWordPicturesAhead(report: ReportView, organization: OrganizationView, resourcesDir: string): void {
  const drawing = drawnAhead.picture(figuresKey(report, resourcesDir), () =>
    report.kind === 'iso'
      ? backgroundWork.run('reports.drawIsoDocxPictures', { report, organization, resourcesDir })
      : backgroundWork.run('reports.drawDocxPictures', { report, organization, resourcesDir }),
  );
  // Nobody waits for it yet: a drawing that failed is forgotten, and the Word copy draws its charts itself.
  drawing.catch(() => undefined);
}

/**
 * The pictures drawn ahead for the report's figures, once drawn (a Word copy asked for while they are
 * drawn waits for them rather than drawing them again); none if they were not drawn or the drawing failed.
 */
export async function wordPicturesDrawnAhead(report: ReportView, resourcesDir: string): Promise<ChartPicture[]> {
  return (await drawnAhead.known(figuresKey(report, resourcesDir))?.catch(() => undefined)) ?? [];
}

import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadPdfmake } from '../workers/heavyLibraries';

/** Tinos: metric-compatible with Times New Roman, full Vietnamese coverage (electron/resources/fonts). */
export const DOCUMENT_FONT = 'Tinos';

let configuredFontsDir: string | null = null;

/**
 * pdfmake is one shared instance. It may read only the app's own font files and never the network,
 * so a document definition cannot make it fetch or read anything else.
 */
function configurePdfmake(pdfmake: Awaited<ReturnType<typeof loadPdfmake>>, resourcesDir: string): void {
  const fontsDir = path.join(resourcesDir, 'fonts');
  if (configuredFontsDir === fontsDir) return;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsDir + path.sep));
  pdfmake.addFonts({
    [DOCUMENT_FONT]: {
      normal: path.join(fontsDir, 'Tinos-Regular.ttf'),
      bold: path.join(fontsDir, 'Tinos-Bold.ttf'),
      italics: path.join(fontsDir, 'Tinos-Italic.ttf'),
      bolditalics: path.join(fontsDir, 'Tinos-BoldItalic.ttf'),
    },
  });
  configuredFontsDir = fontsDir;
}

/** Renders a document definition to PDF bytes, with the fonts embedded. */
export async function renderPdf(doc: TDocumentDefinitions, resourcesDir: string): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  configurePdfmake(pdfmake, resourcesDir);
  return pdfmake.createPdf(doc).getBuffer();
}

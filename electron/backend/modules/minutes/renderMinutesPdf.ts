import { performance } from 'node:perf_hooks';
import { A4_HEIGHT, administrativeDocument, renderPdf, SIGNATURE_SPACE, signatureRowIndex, signingSpacePosition, signingSpaceReport } from '../../documents';
import type { PageSpot } from '../../documents';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import { withEmptySignatureFields } from '../../signing/signatureFields';
import type { SignaturePlacement } from '../../signing/signatureFields';
import type { MinutesContent } from './minutesContent';
import { minutesDocument } from './minutesDocument';
import { DIGITAL_STAMP_HEIGHT, SIGNATURE_COLUMN_WIDTH, signerKeyOfSpaceId } from './minutesSignatures';
import { signatureFieldName } from './signatureBlocks';

export interface RenderedMinutes {
  pdf: Buffer;
  renderMs: number;
  /** Where each signer's stamp band landed, by participant key. */
  signatureSpaces: Map<string, SignaturePlacement>;
}

/** What crosses back from the worker: the PDF arrives as plain bytes. */
type RenderedBytes = Omit<RenderedMinutes, 'pdf'> & { pdf: Uint8Array };

export interface MinutesRenderOptions {
  resourcesDir: string;
  signatureFields: boolean;
}

/** Renders the minutes on a worker thread: the content and images go there, the bytes come back. */
export async function renderMinutesPdf(content: MinutesContent, images: Map<string, Buffer>, options: MinutesRenderOptions): Promise<RenderedMinutes> {
  const rendered = await backgroundWork.run('minutes.renderPdf', { content, images, options });
  return { ...rendered, pdf: asBuffer(rendered.pdf) };
}

/**
 * Lays out and renders the minutes, on the worker thread. The signing spaces are found after layout (pdfmake reports
 * each node to pageBreakBefore once, after its one layout pass; see signingSpacePosition), and issued
 * minutes get an empty signature field in each, so digital signatures land in the right block in
 * this app or in any PDF software.
 */
export async function layOutMinutesPdf({ content, images, options }: { content: MinutesContent; images: Map<string, Uint8Array>; options: MinutesRenderOptions }): Promise<RenderedBytes> {
  const started = performance.now();
  const spaces = new Map<string, { row: number; report: ReturnType<typeof signingSpaceReport> }>();
  const rowEnds = new Map<number, PageSpot>();
  const doc = administrativeDocument(minutesDocument(content, new Map([...images].map(([personId, png]) => [personId, asBuffer(png)]))));
  const layoutRules = doc.pageBreakBefore;
  let row = 0;
  doc.pageBreakBefore = (node, nodes) => {
    // In layout order a row comes before the spaces inside it, and the mark after its block after them.
    const rowNode = signatureRowIndex(node);
    if (rowNode?.end) rowEnds.set(rowNode.row, { ...node.startPosition });
    else if (rowNode) row = rowNode.row;
    const key = typeof node.id === 'string' ? signerKeyOfSpaceId(node.id) : null;
    if (key) spaces.set(key, { row, report: signingSpaceReport(node) });
    return layoutRules?.(node, nodes) ?? false;
  };
  let pdf = await renderPdf(doc, options.resourcesDir);
  const signatureSpaces = new Map<string, SignaturePlacement>();
  for (const [key, space] of spaces) {
    const end = rowEnds.get(space.row);
    if (end) signatureSpaces.set(key, stampPlacement(signingSpacePosition(space.report, end)));
  }
  if (options.signatureFields) {
    pdf = withEmptySignatureFields(
      pdf,
      content.signers.flatMap((signer) => {
        const placement = signatureSpaces.get(signer.key);
        return placement ? [{ name: signatureFieldName(signer, content.kind), placement }] : [];
      }),
    );
  }
  return { pdf, renderMs: performance.now() - started, signatureSpaces };
}

/** The band at the foot of the signer's space, in PDF coordinates (origin bottom left). */
function stampPlacement({ pageNumber, left, top }: PageSpot): SignaturePlacement {
  const inset = 12;
  const bottom = A4_HEIGHT - (top + SIGNATURE_SPACE) + 2;
  return {
    pageIndex: pageNumber - 1,
    rect: [round(left + inset), round(bottom), round(left + SIGNATURE_COLUMN_WIDTH - inset), round(bottom + DIGITAL_STAMP_HEIGHT)],
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

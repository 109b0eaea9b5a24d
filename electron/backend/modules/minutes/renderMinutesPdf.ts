import { performance } from 'node:perf_hooks';
import type { Node } from 'pdfmake/interfaces';
import { A4_HEIGHT, renderPdf, SIGNATURE_SPACE } from '../../documents';
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

/**
 * Lays out and renders the minutes. The signing spaces are found after layout (pdfmake reports
 * each node's position to pageBreakBefore once, after every break before it is settled), and issued
 * minutes get an empty signature field in each, so digital signatures land in the right block in
 * this app or in any PDF software.
 */
export async function renderMinutesPdf(
  content: MinutesContent,
  images: Map<string, Buffer>,
  options: { resourcesDir: string; signatureFields: boolean },
): Promise<RenderedMinutes> {
  const started = performance.now();
  const signatureSpaces = new Map<string, SignaturePlacement>();
  const doc = minutesDocument(content, images);
  const layoutRules = doc.pageBreakBefore;
  doc.pageBreakBefore = (node, nodes) => {
    const key = typeof node.id === 'string' ? signerKeyOfSpaceId(node.id) : null;
    if (key) signatureSpaces.set(key, stampPlacement(node));
    return layoutRules?.(node, nodes) ?? false;
  };
  let pdf = await renderPdf(doc, options.resourcesDir);
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
function stampPlacement(node: Node): SignaturePlacement {
  const { pageNumber, left, top } = node.startPosition;
  const inset = 12;
  const bottom = A4_HEIGHT - (top + SIGNATURE_SPACE) + 2;
  return {
    pageIndex: pageNumber - 1,
    rect: [round(left + inset), round(bottom), round(left + SIGNATURE_COLUMN_WIDTH - inset), round(bottom + DIGITAL_STAMP_HEIGHT)],
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

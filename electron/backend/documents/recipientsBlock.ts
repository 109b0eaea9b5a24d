import type { Content } from 'pdfmake/interfaces';
import { INNER_WIDTH } from './pageLayout';
import type { Signer } from './signatureBlock';
import { signatureBlock, signatureRowId } from './signatureBlock';

/** Box 9b: "Nơi nhận:" in bold italic 12, then "- …;" lines in 11, the last ending with a full stop. */
export function recipientsBlock(recipients: string[]): Content {
  return {
    stack: [
      { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
      ...recipients.map((recipient, index) => ({
        text: `- ${recipient.replace(/[.;]\s*$/, '')}${index === recipients.length - 1 ? '.' : ';'}`,
        fontSize: 11,
      })),
    ],
  };
}

/**
 * The closing of a document signed by one person: "Nơi nhận" on the left, level with the signer's
 * heading, and the signature block on the right. Kept on one page as a row of signatures is (not
 * with pdfmake's `unbreakable`, whose nodes report stale pages, so the paragraph before it could
 * not be kept with it).
 */
export function recipientsAndSignature(recipients: string[], signer: Signer, width = INNER_WIDTH): Content {
  const leftWidth = width * 0.45;
  return {
    id: signatureRowId(0),
    margin: [0, 18, 0, 0],
    columns: [{ width: leftWidth, stack: [recipientsBlock(recipients)] }, signatureBlock(signer, width - leftWidth) as never],
    // pdfmake passes any node's id to pageBreakBefore; its typings only declare ids on text.
  } as Content;
}

import type { Content } from 'pdfmake/interfaces';
import { dashLines } from './bodyText';
import type { RecipientsAndSignatureBlock, RecipientsBlock } from './documentModel';
import { INNER_WIDTH } from './pageLayout';
import type { Signer } from './signatureBlock';
import { signatureBlock, signatureRowId } from './signatureBlock';

export const RECIPIENTS_LABEL = 'Nơi nhận:';
export const RECIPIENTS_LABEL_SIZE = 12;
export const RECIPIENT_SIZE = 11;
/** Share of the width "Nơi nhận" takes beside one signer's block. */
export const RECIPIENTS_SHARE = 0.45;

/** Box 9b: "Nơi nhận:" in bold italic 12, then "- …;" lines in 11, the last ending with a full stop. */
export const recipientsBlock = (recipients: string[]): RecipientsBlock => ({ kind: 'recipients', recipients });

/** The closing of a document signed by one person: "Nơi nhận" on the left, level with the signature block on the right. */
export const recipientsAndSignature = (recipients: string[], signer: Signer): RecipientsAndSignatureBlock => ({ kind: 'recipientsAndSignature', recipients, signer });

export function pdfRecipients(recipients: string[]): Content {
  return {
    stack: [
      { text: RECIPIENTS_LABEL, bold: true, italics: true, fontSize: RECIPIENTS_LABEL_SIZE },
      ...dashLines(recipients).map((text) => ({ text, fontSize: RECIPIENT_SIZE })),
    ],
  };
}

/** Kept whole on one page, as a row of signatures is. */
export function pdfRecipientsAndSignature(recipients: string[], signer: Signer, width = INNER_WIDTH): Content {
  const leftWidth = width * RECIPIENTS_SHARE;
  return {
    id: signatureRowId(0),
    unbreakable: true,
    margin: [0, 18, 0, 0],
    columns: [{ width: leftWidth, stack: [pdfRecipients(recipients)] }, signatureBlock(signer, width - leftWidth) as never],
    // pdfmake passes any node's id to pageBreakBefore; its typings only declare ids on text.
  } as Content;
}

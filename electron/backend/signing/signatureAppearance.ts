import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatInstant } from '../../shared/dates';

export interface SignatureAppearanceInput {
  signerName: string;
  signedAt: Date;
  width: number;
  height: number;
  /** The pdfmake font family that carries Vietnamese (the embedded Times-compatible font). */
  font: string;
}

/** Blue like the ink NĐ 30/2020 asks for; the stamp reads as a signature, not as body text. */
const SIGNATURE_BLUE = '#1f3c88';

/**
 * The visible part of a digital signature: who signed and when, in a thin frame, sized to the
 * rectangle reserved in the signer's block. Rendered as its own one-page PDF, then imported.
 */
export function signatureAppearanceDocument(input: SignatureAppearanceInput): TDocumentDefinitions {
  const inset = 2;
  const top = inset + 2;
  // Two lines must fit: Tinos needs about 1.15 em per line; a little slack keeps pdfmake on one page.
  const fontSize = Math.max(5, Math.min(9, (input.height - top - inset) / 2 / 1.25));
  return {
    pageSize: { width: input.width, height: input.height },
    pageMargins: [inset + 3, top, inset + 3, 0],
    defaultStyle: { font: input.font, fontSize, color: SIGNATURE_BLUE },
    background: () => ({
      canvas: [
        {
          type: 'rect',
          x: inset,
          y: inset,
          w: input.width - inset * 2,
          h: input.height - inset * 2,
          r: 3,
          lineWidth: 0.8,
          lineColor: SIGNATURE_BLUE,
        },
      ],
    }),
    content: [
      { text: [{ text: 'Đã ký số: ', italics: true }, { text: input.signerName, bold: true }], noWrap: true },
      { text: `Thời gian ký: ${formatInstant(input.signedAt)}`, noWrap: true },
    ],
    info: { title: 'Chữ ký số' },
  };
}

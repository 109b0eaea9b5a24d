import { documentCode, recipientsBlock } from '../../documents';
import type { DocumentModel } from '../../documents';
import { minutesBody, minutesTitle } from './minutesBody';
import type { MinutesContent } from './minutesContent';
import { minutesSignatureColumns } from './minutesSignatures';
import { kindWords } from './minutesWording';

/**
 * The minutes in the administrative layout of the documents module: header boxes, "BIÊN BẢN" and
 * its summary, the body, the signature blocks and "Nơi nhận" (one original for each side). A draft
 * has no number or date yet and carries the "DỰ THẢO" watermark.
 */
export function minutesDocument(content: MinutesContent, images: Map<string, Buffer>): DocumentModel {
  const { type, summary } = minutesTitle(content);
  const { document } = content;
  const draft = document.number === null;
  return {
    header: {
      superiorBodyName: document.superiorBodyName,
      issuingBodyName: document.bodyName,
      documentCode: document.number ?? documentCode(null, 'BB', document.issuerCode),
      placeName: document.placeName,
      issueDate: draft ? null : document.documentDate,
      year: Number(document.documentDate.slice(0, 4)),
    },
    type,
    summary,
    body: minutesBody(content),
    closing: [
      minutesSignatureColumns(content.signers, content.kind, images),
      recipientsBlock([`${content.unitName} (01 bản)`, `Lưu: VT, hồ sơ ${kindWords[content.kind].act} (01 bản)`]),
    ],
    draft,
    title: `${type} ${summary}`.replace(/\s+/g, ' '),
  };
}

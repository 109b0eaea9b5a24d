import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BODY_FONT_SIZE } from './bodyText';
import { documentHeader } from './documentHeader';
import type { DocumentHeaderInput } from './documentHeader';
import { documentTitle } from './documentTitle';
import { PAGE_MARGINS, pageNumbers } from './pageLayout';
import { DOCUMENT_FONT } from './pdfFonts';
import { splitsSignatureRow } from './signatureBlock';

export interface AdministrativeDocumentInput {
  header: DocumentHeaderInput;
  /** "KẾ HOẠCH", "BIÊN BẢN"… */
  type: string;
  /** The summary line (trích yếu) under the type. */
  summary: string;
  /** Paragraphs, headings and tables (see bodyText and documentTable). */
  body: Content[];
  /** The closing: recipientsAndSignature for one signer, or signatureColumns then recipientsBlock for minutes. */
  closing: Content[];
  /** Drafts carry a "DỰ THẢO" watermark. */
  draft: boolean;
  /** PDF metadata title. */
  title: string;
}

/**
 * A whole administrative document in the NĐ 30/2020/NĐ-CP layout: A4 portrait with the Phụ lục I
 * margins, Tinos (Times-compatible) throughout, the header boxes, type and summary, the body, the
 * closing, and page numbers from page 2. Headings are never left alone at the foot of a page.
 */
export function administrativeDocument(input: AdministrativeDocumentInput): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: pageNumbers(DOCUMENT_FONT),
    ...(input.draft ? { watermark: { text: 'DỰ THẢO', color: '#7b8794', opacity: 0.15, bold: true, fontSize: 110 } } : {}),
    defaultStyle: { font: DOCUMENT_FONT, fontSize: BODY_FONT_SIZE },
    content: [documentHeader(input.header), documentTitle(input.type, input.summary, input.header.width), ...input.body, ...input.closing],
    pageBreakBefore: (node, nodes) => splitsSignatureRow(node) || (node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().length === 0),
    info: {
      title: input.title,
      creator: 'Kiểm tra CCHC & ISO 9001',
      producer: 'Kiểm tra CCHC & ISO 9001',
    },
  };
}

import type { Content, Node, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BODY_FONT_SIZE } from './bodyText';
import { documentHeader } from './documentHeader';
import type { Annex, BodyBlock, ClosingBlock, DocumentModel } from './documentModel';
import { documentTitle } from './documentTitle';
import { PAGE_MARGINS, pageNumbers } from './pageLayout';
import { DOCUMENT_FONT } from './pdfFonts';
import { isShortParagraph, keepHeadingsWithNext } from './headingsKeptWithNext';
import { pdfBlock } from './pdfBlocks';
import { pdfRecipients, pdfRecipientsAndSignature } from './recipientsBlock';
import { isFirstSignatureRow, pdfSignatureRows } from './signatureBlock';

const LAST_PARAGRAPH_ID = 'document:last-paragraph';
const CLOSING_ID = 'document:closing';

/**
 * The body's last paragraph travels with the closing's first part (the first row of signatures, or
 * the recipients with the signature): signatures never stand alone at the top of a page. A short
 * paragraph (with any headings right before it) and that part become one unbreakable block, which layout places in its one pass. A
 * paragraph too long for that (or a last block that is not text) is only marked, for the
 * leavesClosingAlone rule, which costs pdfmake a second layout when it applies.
 */
function keptWithClosing(body: BodyBlock[], closing: Content[]): Content[] {
  const last = body.at(-1);
  const first = closing[0];
  if (last === undefined || first === undefined) return [...keepHeadingsWithNext(body), ...closing];
  if (isShortParagraph(last)) {
    // Headings right before the last paragraph go with it too, as keepHeadingsWithNext would keep them.
    let start = body.length - 1;
    while (start > 0 && body[start - 1]!.kind === 'heading') start--;
    return [...keepHeadingsWithNext(body.slice(0, start)), { unbreakable: true, stack: [...body.slice(start).map(pdfBlock), first] }, ...closing.slice(1)];
  }
  const content = keepHeadingsWithNext(body);
  // pdfmake passes any node's id to pageBreakBefore; its typings only declare ids on text.
  const mark = (node: Content, id: string): Content => ({ stack: [node], id }) as Content;
  return [...content.slice(0, -1), mark(content.at(-1)!, LAST_PARAGRAPH_ID), mark(first, CLOSING_ID), ...closing.slice(1)];
}

/**
 * True for a long last paragraph when the closing's first part does not start on the same page
 * and stay whole there: the paragraph then moves to the next page with it. (That part is
 * unbreakable, so it reports the page it moved from as well as the one it landed on.)
 */
function leavesClosingAlone(node: Node, nodes: { getFollowingNodesOnPage(): Node[] }): boolean {
  if (node.id !== LAST_PARAGRAPH_ID) return false;
  const following = nodes.getFollowingNodesOnPage();
  const closingStart = following.find(isFirstSignatureRow) ?? following.find((candidate) => candidate.id === CLOSING_ID);
  return closingStart === undefined || closingStart.pageNumbers.length > 1;
}

function pdfClosing(block: ClosingBlock): Content[] {
  switch (block.kind) {
    case 'signatures':
      return pdfSignatureRows(block.signers);
    case 'recipients':
      return [pdfRecipients(block.recipients)];
    case 'recipientsAndSignature':
      return [pdfRecipientsAndSignature(block.recipients, block.signer)];
  }
}

/** An appendix starts a page: its label and title bold and centred, the note in italics, then its body. */
function pdfAnnex(annex: Annex): Content {
  return {
    pageBreak: 'before',
    stack: [
      { text: annex.label.toLocaleUpperCase('vi'), bold: true, fontSize: BODY_FONT_SIZE, alignment: 'center' },
      { text: annex.title, bold: true, fontSize: BODY_FONT_SIZE, alignment: 'center' },
      ...(annex.note ? [{ text: annex.note, italics: true, fontSize: BODY_FONT_SIZE, alignment: 'center' as const }] : []),
      ...keepHeadingsWithNext(annex.body),
    ],
  };
}

/**
 * The PDF renderer of a DocumentModel: a whole administrative document in the NĐ 30/2020/NĐ-CP layout: A4 portrait with the Phụ lục I
 * margins, Tinos (Times-compatible) throughout, the header boxes, type and summary, the body, the
 * closing, and page numbers from page 2. Headings are never left alone at the foot of a page.
 */
export function administrativeDocument(input: DocumentModel): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: pageNumbers(DOCUMENT_FONT),
    ...(input.draft ? { watermark: { text: 'DỰ THẢO', color: '#7b8794', opacity: 0.15, bold: true, fontSize: 110 } } : {}),
    defaultStyle: { font: DOCUMENT_FONT, fontSize: BODY_FONT_SIZE },
    content: [documentHeader(input.header), documentTitle(input.type, input.summary, input.header.width), ...keptWithClosing(input.body, input.closing.flatMap(pdfClosing)),
      ...(input.annexes ?? []).map(pdfAnnex),
    ],
    pageBreakBefore: leavesClosingAlone,
    info: {
      title: input.title,
      creator: 'Kiểm tra CCHC & ISO 9001',
      producer: 'Kiểm tra CCHC & ISO 9001',
    },
  };
}

import type { Content, Node, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BODY_FONT_SIZE } from './bodyText';
import { documentHeader } from './documentHeader';
import type { Annex, ClosingBlock, DocumentModel } from './documentModel';
import { documentTitle } from './documentTitle';
import { PAGE_MARGINS, pageNumbers } from './pageLayout';
import { DOCUMENT_FONT } from './pdfFonts';
import { pdfBlock } from './pdfBlocks';
import { pdfRecipients, pdfRecipientsAndSignature } from './recipientsBlock';
import { isFirstSignatureRow, pdfSignatureRows } from './signatureBlock';

/** Text this short never fills a page, so an unbreakable block of headings and it always fits. */
const KEEPABLE_TEXT_LENGTH = 1200;

const isHeading = (node: Content): boolean => typeof node === 'object' && !Array.isArray(node) && 'headlineLevel' in node && node.headlineLevel !== undefined;

function textLength(text: unknown): number {
  if (typeof text === 'string') return text.length;
  if (Array.isArray(text)) return text.reduce((total: number, run: unknown) => total + textLength(run), 0);
  if (text && typeof text === 'object' && 'text' in text) return textLength(text.text);
  return Number.POSITIVE_INFINITY;
}

/** A heading inside an unbreakable block: the block keeps it with what follows, not the pageBreakBefore rule. */
const withoutHeadlineLevel = (heading: Content): Content => ({ ...(heading as object), headlineLevel: undefined }) as Content;

/** A paragraph (or another heading) short enough to travel whole with the headings before it. */
const isShortText = (node: Content): boolean =>
  typeof node === 'string' ? node.length <= KEEPABLE_TEXT_LENGTH : typeof node === 'object' && !Array.isArray(node) && 'text' in node && textLength(node.text) <= KEEPABLE_TEXT_LENGTH;

const LAST_PARAGRAPH_ID = 'document:last-paragraph';
const CLOSING_ID = 'document:closing';

/**
 * The body's last paragraph travels with the closing's first part (the first row of signatures, or
 * the recipients with the signature): signatures never stand alone at the top of a page. A short
 * paragraph (with any headings right before it) and that part become one unbreakable block, which layout places in its one pass. A
 * paragraph too long for that (or a last block that is not text) is only marked, for the
 * leavesClosingAlone rule, which costs pdfmake a second layout when it applies.
 */
function keptWithClosing(body: Content[], closing: Content[]): Content[] {
  const last = body.at(-1);
  const first = closing[0];
  if (last === undefined || first === undefined) return [...body, ...closing];
  if (isShortText(last)) {
    // Headings right before the last paragraph go with it too, as keepHeadingsWithNext would keep them.
    let start = body.length - 1;
    while (start > 0 && isHeading(body[start - 1]!)) start--;
    const headings = body.slice(start, -1).map(withoutHeadlineLevel);
    return [...body.slice(0, start), { unbreakable: true, stack: [...headings, last, first] }, ...closing.slice(1)];
  }
  // pdfmake passes any node's id to pageBreakBefore; its typings only declare ids on text.
  const mark = (node: Content, id: string): Content => ({ stack: [node], id }) as Content;
  return [...body.slice(0, -1), mark(last, LAST_PARAGRAPH_ID), mark(first, CLOSING_ID), ...closing.slice(1)];
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

/**
 * Each run of headings and the short paragraph after it become one unbreakable stack, so layout moves
 * them to the next page together in its one pass, instead of pageBreakBefore asking for another pass
 * of the whole document. A heading before a table or a long text keeps its headlineLevel, for the
 * pageBreakBefore rule: an unbreakable block must fit on one page, and those may not.
 */
export function keepHeadingsWithNext(body: Content[]): Content[] {
  const kept: Content[] = [];
  let headings: Content[] = [];
  for (const node of body) {
    if (isHeading(node)) {
      headings.push(node);
    } else if (headings.length > 0 && isShortText(node)) {
      kept.push({ unbreakable: true, stack: [...headings.map(withoutHeadlineLevel), node] });
      headings = [];
    } else {
      kept.push(...headings, node);
      headings = [];
    }
  }
  return [...kept, ...headings];
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
      ...keepHeadingsWithNext(annex.body.map(pdfBlock)),
    ],
  };
}

/**
 * The PDF renderer of a DocumentModel: a whole administrative document in the NĐ 30/2020/NĐ-CP layout: A4 portrait with the Phụ lục I
 * margins, Tinos (Times-compatible) throughout, the header boxes, type and summary, the body, the
 * closing, and page numbers from page 2. Headings are never left alone at the foot of a page.
 */
export function administrativeDocument(input: DocumentModel): TDocumentDefinitions {
  const body = input.body.map(pdfBlock);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: pageNumbers(DOCUMENT_FONT),
    ...(input.draft ? { watermark: { text: 'DỰ THẢO', color: '#7b8794', opacity: 0.15, bold: true, fontSize: 110 } } : {}),
    defaultStyle: { font: DOCUMENT_FONT, fontSize: BODY_FONT_SIZE },
    content: [documentHeader(input.header), documentTitle(input.type, input.summary, input.header.width), ...keptWithClosing([...keepHeadingsWithNext(body.slice(0, -1)), ...body.slice(-1)], input.closing.flatMap(pdfClosing)),
      ...(input.annexes ?? []).map(pdfAnnex),
    ],
    pageBreakBefore: (node, nodes) =>
      (node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().length === 0) || leavesClosingAlone(node, nodes),
    info: {
      title: input.title,
      creator: 'Kiểm tra CCHC & ISO 9001',
      producer: 'Kiểm tra CCHC & ISO 9001',
    },
  };
}

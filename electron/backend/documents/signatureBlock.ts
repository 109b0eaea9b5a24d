import type { Column, Content, Node } from 'pdfmake/interfaces';
import { BODY_FONT_SIZE } from './bodyText';
import { INNER_WIDTH, PAGE_MARGINS } from './pageLayout';
import { noLinesLayout } from './rules';
import type { SignaturesBlock } from './documentModel';

/** Authority prefixes of NĐ 30/2020: on behalf of a collective, deputy for the head, acting, by order, by authorisation. */
export type SigningAuthority = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN" prints authority + onBehalfOf on the first line; "KT. CHỦ TỊCH" likewise. */
  authority?: SigningAuthority;
  onBehalfOf?: string;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG ĐOÀN KIỂM TRA"… printed upper case, bold; a "\n" is where a long one breaks. */
  position: string;
  fullName: string;
  /** A PNG of the handwritten signature (blue, transparent background), set in the space between position and name. */
  signatureImage?: Buffer;
  /** The body's seal (red, transparent PNG) and its real diameter; shown only on the body's signature (TM., KT.). */
  seal?: { png: Buffer; diameterMm: number };
  /** A pdfmake node id for the signing space, so a caller can find where it landed (e.g. to reserve a signature field). */
  spaceId?: string;
  /** Points kept free at the foot of the space, under the image (e.g. for a digital signature's visible stamp). */
  reserveBelow?: number;
}

/** Room for ink, or for the signature image. */
export const SIGNATURE_SPACE = 80;

/** The upper-case heading lines of a signer: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH". */
export function signerHeadingLines(signer: Signer): string[] {
  const first = signer.authority ? [`${signer.authority} ${(signer.onBehalfOf ?? '').toLocaleUpperCase('vi')}`.trim()] : [];
  return [...first, ...signer.position.toLocaleUpperCase('vi').split('\n')];
}

function pngSize(png: Buffer): { width: number; height: number } {
  // The IHDR chunk always comes first: width and height are big-endian at bytes 16 and 20.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function headingPart(signer: Signer): Content {
  return { stack: signerHeadingLines(signer).map((line) => ({ text: line, bold: true, fontSize: BODY_FONT_SIZE, alignment: 'center' as const })) };
}

/** A blank band of the block's width; the first one carries the space's id. */
const blank = (width: number, height: number, id?: string): Content =>
  // pdfmake passes any node's id to pageBreakBefore; its typings only declare ids on text.
  ({ id, canvas: [{ type: 'rect', x: 0, y: 0, w: width, h: height, lineWidth: 0, lineColor: '#ffffff' }] }) as Content;

/** NĐ 30/2020 Phụ lục I: the seal is the body's, so it goes only on a signature made for the body. */
const sealsTheSignature = (signer: Signer) => signer.seal !== undefined && (signer.authority === 'TM.' || signer.authority === 'KT.');

const MM = 72 / 25.4;

/**
 * The seal at its real size, its centre level with the signature's, placed so that it covers
 * about the left third of the signature image (NĐ 30/2020 Phụ lục I). It is drawn over the space
 * without taking room (relativePosition), so the blocks lay out the same with or without a seal.
 */
function sealOver(seal: NonNullable<Signer['seal']>, signature: { left: number; width: number; centreY: number }): Content {
  const diameter = seal.diameterMm * MM;
  const { width: w, height: h } = pngSize(seal.png);
  const height = (diameter * h) / w;
  return {
    image: `data:image/png;base64,${seal.png.toString('base64')}`,
    width: diameter,
    height,
    relativePosition: { x: signature.left + signature.width / 3 - diameter, y: signature.centreY - height / 2 },
  } as Content;
}

/**
 * The signing space: blank for ink, or the signature image centred in it (above reserveBelow),
 * with the body's seal over its left third when the signature is the body's. The space itself
 * flows, never detached, so layout reports the row's pages and the space's position exactly.
 */
function spacePart(signer: Signer, width: number): Content {
  const room = SIGNATURE_SPACE - (signer.reserveBelow ?? 0);
  const seal = sealsTheSignature(signer) ? signer.seal : undefined;
  if (!signer.signatureImage) {
    // Without an image the seal still sits where the signature goes: its right edge a third into the centred space.
    const sealed = seal ? [sealOver(seal, { left: width * 0.35, width: width * 0.3, centreY: -SIGNATURE_SPACE + room / 2 })] : [];
    return { stack: [blank(width, SIGNATURE_SPACE, signer.spaceId), ...sealed] };
  }
  const { width: w, height: h } = pngSize(signer.signatureImage);
  const scale = Math.min((width * 0.7) / w, (room - 8) / h);
  const above = (room - h * scale) / 2;
  const below = SIGNATURE_SPACE - above - h * scale;
  const image = { left: (width - w * scale) / 2, width: w * scale, centreY: -below - (h * scale) / 2 };
  return {
    stack: [
      blank(width, above, signer.spaceId),
      { image: `data:image/png;base64,${signer.signatureImage.toString('base64')}`, width: w * scale, height: h * scale, alignment: 'center' },
      blank(width, below),
      ...(seal ? [sealOver(seal, image)] : []),
    ],
  };
}

const namePart = (signer: Signer): Content => ({ text: signer.fullName, bold: true, fontSize: BODY_FONT_SIZE, alignment: 'center' });

/**
 * Boxes 7a–7c: the authority and position in bold upper case, the signing space (with the
 * signature image if given), then the full name in bold, all centred in the block's width.
 */
export function signatureBlock(signer: Signer, width: number): Content {
  return { width, stack: [headingPart(signer), spacePart(signer, width), namePart(signer)] } as Column;
}

const SIGNATURE_ROW_ID_PREFIX = 'signature-row:';

/** The id of a row of signatures (each row is unbreakable: layout keeps it whole on one page). */
export const signatureRowId = (index: number) => `${SIGNATURE_ROW_ID_PREFIX}${index}`;

export const isFirstSignatureRow = (node: Node): boolean => node.id === signatureRowId(0);

const ROW_END_ID_PREFIX = 'signature-row-end:';

/** The row index of a row of signatures, or of the mark after its block (see signingSpacePosition). */
export const signatureRowIndex = (node: Node): { row: number; end: boolean } | null => {
  if (typeof node.id !== 'string') return null;
  if (node.id.startsWith(SIGNATURE_ROW_ID_PREFIX)) return { row: Number(node.id.slice(SIGNATURE_ROW_ID_PREFIX.length)), end: false };
  if (node.id.startsWith(ROW_END_ID_PREFIX)) return { row: Number(node.id.slice(ROW_END_ID_PREFIX.length)), end: true };
  return null;
};

/** A mark of no height right after a row's unbreakable block: pdfmake reports it where it really is. */
const rowEnd = (index: number): Content => ({ id: `${ROW_END_ID_PREFIX}${index}`, canvas: [{ type: 'rect', x: 0, y: 0, w: 0, h: 0, lineWidth: 0, lineColor: '#ffffff' }] }) as Content;

export interface PageSpot {
  pageNumber: number;
  left: number;
  top: number;
}

/** What layout tells of a signing space (the node with a Signer's spaceId), read when pdfmake reports it. */
export const signingSpaceReport = (space: Node): { begun: PageSpot; offset: { x: number; y: number } } => {
  const rectangle = (space as Node & { canvas?: { x: number; y: number }[] }).canvas?.[0] ?? { x: 0, y: 0 };
  return { begun: { ...space.startPosition }, offset: { x: rectangle.x, y: rectangle.y } };
};

/**
 * Where a signing space landed. Every row of signatures is in an unbreakable block, and pdfmake
 * reports each node of such a block where the block began, even when it then moved the block to the
 * next page. The space's rectangle keeps its offset inside the block, and the mark after the block
 * (rowEnd) is reported where it really is: on the block's page. So the space lies at that offset from
 * where the block began, or from the top margin of the next page when the block moved there.
 */
export function signingSpacePosition({ begun, offset }: ReturnType<typeof signingSpaceReport>, rowEndMark: PageSpot): PageSpot {
  const blockTop = rowEndMark.pageNumber === begun.pageNumber ? begun.top : PAGE_MARGINS[1];
  return { pageNumber: rowEndMark.pageNumber, left: begun.left + offset.x, top: blockTop + offset.y };
}

/**
 * Signature blocks two per row (minutes: e.g. the inspected unit's representative on the left, the
 * Trưởng đoàn on the right); a single block sits in the right column.
 */
export const signatureColumns = (signers: Signer[]): SignaturesBlock => ({ kind: 'signatures', signers });

/** Between the two columns of signatures. */
export const SIGNATURE_GAP = 20;

/**
 * The PDF's rows of signatures. Each row is a table, so the headings, the spaces and the names
 * line up across the row even when one heading runs to two lines; and each row is unbreakable, so
 * layout moves a row that does not fit whole to the next page in its one pass. Inside an
 * unbreakable block pdfmake reports every node at the block's start, so the signing spaces are
 * found from their own drawn rectangles instead (see signingSpacePosition).
 */
export function pdfSignatureRows(signers: Signer[], width = INNER_WIDTH, gap = SIGNATURE_GAP): Content[] {
  const columnWidth = (width - gap) / 2;
  const rows: Content[] = [];
  for (let i = 0; i < signers.length; i += 2) {
    const pair = signers.slice(i, i + 2);
    const cells = (part: (signer: Signer) => Content): Content[] => {
      const filled = pair.map(part);
      return pair.length === 1 ? [{ text: '' }, ...filled] : filled;
    };
    rows.push({
      id: signatureRowId(i / 2),
      unbreakable: true,
      margin: [0, i === 0 ? 14 : 24, 0, i + 2 >= signers.length ? 14 : 0],
      table: {
        widths: [columnWidth, columnWidth],
        body: [cells(headingPart), cells((signer) => spacePart(signer, columnWidth)), cells(namePart)],
      },
      layout: { ...noLinesLayout, paddingLeft: (index: number) => (index === 1 ? gap : 0) },
      // pdfmake passes any node's id to pageBreakBefore; its typings only declare ids on text.
    } as Content, rowEnd(i / 2));
  }
  return rows;
}

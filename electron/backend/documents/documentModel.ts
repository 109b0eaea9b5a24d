import type { DocumentHeaderInput } from './documentHeader';
import type { Signer } from './signatureBlock';

/**
 * What an administrative document says, apart from how it is drawn. The plan, the minutes and the
 * reports build a DocumentModel; the PDF renderer (administrativeDocument) and the Word renderer
 * (renderDocx) draw any model the same way, without knowing which document it is.
 */

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Never broken across lines: document codes, dates, "TCVN ISO 9001:2015". */
  keepTogether?: boolean;
}

/** A piece of inline text, plain or styled. */
export type Run = string | ({ text: string } & RunStyle);

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  bold?: boolean;
  italics?: boolean;
  /** First-line indent (1 cm); list items and headings of lists start at the margin when false. */
  indent: boolean;
  /** Never split across pages (the closing sentence of the minutes). */
  keepWhole?: boolean;
}

/** A numbered heading: level 1 "I. MỤC ĐÍCH, YÊU CẦU" (upper case), level 2 "1. Mục đích". Kept with what follows. */
export interface HeadingBlock {
  kind: 'heading';
  number: string;
  title: string;
  level: 1 | 2;
}

export interface TableColumn {
  header: string;
  /** Points (as on the PDF page), or '*' to take the rest. */
  width: number | '*';
  alignment?: 'left' | 'center' | 'right';
}

/** A table cell: a string, or lines of runs with the cell's own style. */
export type TableCell = string | { lines: Run[][]; bold?: boolean; alignment?: TableColumn['alignment'] };

/** A ruled table whose header repeats on every page and whose rows never split across pages. */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: TableCell[][];
  fontSize: number;
}

/** A chart as SVG, drawn as vectors in the PDF and as a print-resolution picture in Word. */
export interface ChartBlock {
  kind: 'chart';
  svg: string;
  /** Share of the text width the chart spans, centred. */
  widthShare: number;
}

export type BodyBlock = ParagraphBlock | HeadingBlock | TableBlock | ChartBlock;

/** Signature blocks two per row (minutes); a single one sits in the right column. */
export interface SignaturesBlock {
  kind: 'signatures';
  signers: Signer[];
}

/** Box 9b: "Nơi nhận:" and its "- …;" lines. */
export interface RecipientsBlock {
  kind: 'recipients';
  recipients: string[];
}

/** One signer's closing: "Nơi nhận" on the left, level with the signature block on the right. */
export interface RecipientsAndSignatureBlock {
  kind: 'recipientsAndSignature';
  recipients: string[];
  signer: Signer;
}

export type ClosingBlock = SignaturesBlock | RecipientsBlock | RecipientsAndSignatureBlock;

/** An appendix (phụ lục) after the closing, on a page of its own: "PHỤ LỤC …", its title, and its body. */
export interface Annex {
  /** "PHỤ LỤC I"; printed upper case, bold. */
  label: string;
  title: string;
  /** The italic line under the title, e.g. "(Kèm theo Báo cáo số 12/BC-UBND ngày …)". */
  note?: string;
  body: BodyBlock[];
}

export interface DocumentModel {
  header: DocumentHeaderInput;
  /** "KẾ HOẠCH", "BIÊN BẢN"… */
  type: string;
  /** The summary line (trích yếu) under the type. */
  summary: string;
  body: BodyBlock[];
  /** recipientsAndSignature for one signer, or signatures then recipients for minutes. */
  closing: ClosingBlock[];
  annexes?: Annex[];
  /** Drafts carry a "DỰ THẢO" mark. */
  draft: boolean;
  /** The file's metadata title. */
  title: string;
}

/** The text of a run. */
export const runText = (run: Run): string => (typeof run === 'string' ? run : run.text);

/** A cell as lines of runs. */
export const cellLines = (cell: TableCell): Run[][] => (typeof cell === 'string' ? [[cell]] : cell.lines);

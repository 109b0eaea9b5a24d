import type { Content, ContentText, TableCell as PdfTableCell } from 'pdfmake/interfaces';
import { BODY_FONT_SIZE, FIRST_LINE_INDENT_MM, LEVEL_ONE_EXTRA_GAP, LINE_HEIGHT, PARAGRAPH_GAP, headingText } from './bodyText';
import type { BodyBlock, ChartBlock, HeadingBlock, ParagraphBlock, Run, TableBlock, TableCell, TableColumn } from './documentModel';
import { INNER_WIDTH, MM } from './pageLayout';
import { DOCUMENT_FONT } from './pdfFonts';

/** Inline runs as pdfmake text: a lone string stays a string. */
export function pdfRuns(runs: Run[]): ContentText['text'] {
  const drawn = runs.map((run) =>
    typeof run === 'string' ? run : { text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.italics ? { italics: true } : {}), ...(run.keepTogether ? { noWrap: true } : {}) },
  );
  return drawn.length === 1 && typeof drawn[0] === 'string' ? drawn[0] : drawn;
}

function pdfParagraph(block: ParagraphBlock): Content {
  return {
    text: pdfRuns(block.runs),
    fontSize: BODY_FONT_SIZE,
    alignment: 'justify',
    lineHeight: LINE_HEIGHT,
    leadingIndent: block.indent ? FIRST_LINE_INDENT_MM * MM : 0,
    bold: block.bold,
    italics: block.italics,
    margin: [0, PARAGRAPH_GAP, 0, 0],
    ...(block.keepWhole ? { unbreakable: true } : {}),
  } as Content;
}

function pdfHeading(block: HeadingBlock): Content {
  return {
    text: headingText(block),
    fontSize: BODY_FONT_SIZE,
    bold: true,
    lineHeight: LINE_HEIGHT,
    leadingIndent: FIRST_LINE_INDENT_MM * MM,
    margin: [0, PARAGRAPH_GAP + (block.level === 1 ? LEVEL_ONE_EXTRA_GAP : 0), 0, 0],
  };
}

/** A cell as one node (text, or a stack when it has several lines): layout handles each node it is given. */
function pdfCell(cell: TableCell, fontSize: number, alignment: TableColumn['alignment']): PdfTableCell {
  if (typeof cell === 'string') return { text: cell, fontSize, alignment: alignment ?? 'left' };
  const style = { fontSize, alignment: cell.alignment ?? alignment ?? 'left', ...(cell.bold ? { bold: true } : {}) };
  const [only, ...more] = cell.lines;
  return only && more.length === 0 ? { text: pdfRuns(only), ...style } : { stack: cell.lines.map((line): Content => ({ text: pdfRuns(line) })), ...style };
}

export const TABLE_LINE_WIDTH = 0.5;
export const TABLE_CELL_PADDING_X = 4;
export const TABLE_CELL_PADDING_Y = 3;
export const TABLE_TOP_GAP = 8;

/** Rows never split across pages (dontBreakRows) and the header never stays alone at the foot of a page. */
function pdfTable(block: TableBlock): Content {
  const { columns, rows, fontSize } = block;
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: columns.map((column) => column.width),
      body: [
        columns.map((column) => ({ text: column.header, bold: true, alignment: 'center' as const, fontSize })),
        ...rows.map((row) => row.map((cell, index) => pdfCell(cell, fontSize, columns[index]?.alignment))),
      ],
    },
    layout: {
      hLineWidth: () => TABLE_LINE_WIDTH,
      vLineWidth: () => TABLE_LINE_WIDTH,
      paddingLeft: () => TABLE_CELL_PADDING_X,
      paddingRight: () => TABLE_CELL_PADDING_X,
      paddingTop: () => TABLE_CELL_PADDING_Y,
      paddingBottom: () => TABLE_CELL_PADDING_Y,
    },
    margin: [0, TABLE_TOP_GAP, 0, 4],
  };
}

/** Vectors, so the chart prints sharp and its words stay text. */
const pdfChart = (block: ChartBlock): Content => ({ svg: block.svg, width: INNER_WIDTH * block.widthShare, alignment: 'center', font: DOCUMENT_FONT, margin: [0, 8, 0, 0] }) as Content;

export function pdfBlock(block: BodyBlock): Content {
  switch (block.kind) {
    case 'paragraph':
      return pdfParagraph(block);
    case 'heading':
      return pdfHeading(block);
    case 'table':
      return pdfTable(block);
    case 'chart':
      return pdfChart(block);
  }
}

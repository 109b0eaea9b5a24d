import type { Content, TableCell } from 'pdfmake/interfaces';

export interface TableColumn {
  header: string;
  /** Points, or '*' to take the rest. */
  width: number | '*';
  alignment?: 'left' | 'center' | 'right';
}

const TABLE_FONT_SIZE = 12;

/**
 * A ruled table for the body: bold centred header repeated on every page, rows never split across
 * pages (dontBreakRows), size 12 so five columns fit a portrait A4 page.
 */
export function documentTable(columns: TableColumn[], rows: Content[][], fontSize = TABLE_FONT_SIZE): Content {
  return {
    table: {
      headerRows: 1,
      // The header never stays alone at the foot of a page.
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: columns.map((column) => column.width),
      body: [
        columns.map((column) => ({ text: column.header, bold: true, alignment: 'center' as const, fontSize })),
        ...rows.map((row) => row.map((cell, index): TableCell => ({ stack: [cell], fontSize, alignment: columns[index]?.alignment ?? 'left' }))),
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 8, 0, 4],
  };
}

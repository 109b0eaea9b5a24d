import type { TableBlock, TableCell, TableColumn } from './documentModel';

export const TABLE_FONT_SIZE = 12;

/**
 * A ruled table for the body: bold centred header repeated on every page, rows never split across
 * pages, size 12 so five columns fit a portrait A4 page.
 */
export function documentTable(columns: TableColumn[], rows: TableCell[][], fontSize = TABLE_FONT_SIZE): TableBlock {
  return { kind: 'table', columns, rows, fontSize };
}

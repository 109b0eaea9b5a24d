import type { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import { requireOnFirstUse } from '../../requireOnFirstUse';

const yauzlLibrary = requireOnFirstUse<typeof yauzl>('yauzl');

/** A row's start tag, with or without a namespace prefix (`<row r="2">`, `<x:row>`), but not `<rowBreaks>`. */
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
/** Enough of a chunk's end to hold a start tag cut in two by the chunk boundary. */
const TAIL_CHARS = 64;

/**
 * Whether any worksheet of an .xlsx has more than `maxRows` rows, counted on its XML as it inflates, stopping
 * at the first sheet over the limit, so an oversized sheet is never loaded whole. exceljs's streaming reader
 * could count them, but it loses the workbook part now and then (about one read in a hundred threw "reading
 * 'sheets'"), and a good file was refused as damaged. Throws for a file that is not a readable zip.
 */
export async function hasOversizedSheet(bytes: Buffer, maxRows: number): Promise<boolean> {
  const zip = await yauzlLibrary().fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName)) continue;
      if (await hasMoreRows(await zip.openReadStreamPromise(entry), maxRows)) return true;
    }
    return false;
  } finally {
    zip.close();
  }
}

async function hasMoreRows(sheetXml: Readable, maxRows: number): Promise<boolean> {
  let rows = 0;
  let tail = '';
  // Tags are ASCII, so reading the bytes as latin1 cannot split a character that matters.
  for await (const chunk of sheetXml as AsyncIterable<Buffer>) {
    const text = tail + chunk.toString('latin1');
    let countedTo = 0;
    for (const match of text.matchAll(ROW_TAG)) {
      rows += 1;
      countedTo = match.index + match[0].length;
    }
    if (rows > maxRows) {
      sheetXml.destroy();
      return true;
    }
    tail = text.slice(Math.max(countedTo, text.length - TAIL_CHARS));
  }
  return false;
}

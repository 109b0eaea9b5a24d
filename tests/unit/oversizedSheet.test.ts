import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { hasOversizedSheet } from '../../electron/backend/modules/checklists/oversizedSheet';

async function workbookWithRows(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh mục kiểm tra');
  for (let row = 1; row <= rows; row++) sheet.addRow([`${row}`, 'Chỉ đạo', `A${row}`, 'Tỷ lệ hồ sơ đúng hạn?']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A package holding one sheet part as given, the way other spreadsheet programs write it. */
function zipWithSheet(sheetXml: string): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(sheetXml), 'xl/worksheets/sheet1.xml');
  zip.addBuffer(Buffer.from('<row/><row/><row/>'), 'xl/sharedStrings.xml');
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

describe('the row limit of an imported workbook, counted before it is loaded', () => {
  it('allows a sheet of exactly the limit and refuses one row more', async () => {
    expect(await hasOversizedSheet(await workbookWithRows(300), 300)).toBe(false);
    expect(await hasOversizedSheet(await workbookWithRows(301), 300)).toBe(true);
  });

  it('counts prefixed row tags and rows cut by chunk boundaries, and not page breaks or other parts', async () => {
    // About 2 MB of XML, so the inflated sheet arrives in many chunks and some tags are cut in two.
    const rows = (count: number) => Array.from({ length: count }, (_, index) => `<x:row r="${index + 1}"><x:c r="A${index + 1}"><x:v>${index}</x:v></x:c></x:row>`).join('');
    const sheet = (count: number) => `<x:worksheet><x:sheetData>${rows(count)}</x:sheetData><x:rowBreaks count="1"><x:brk id="5"/></x:rowBreaks></x:worksheet>`;
    expect(await hasOversizedSheet(await zipWithSheet(sheet(30_000)), 30_000)).toBe(false);
    expect(await hasOversizedSheet(await zipWithSheet(sheet(30_001)), 30_000)).toBe(true);
  });

  it('gives the same answer on every read of the same file', async () => {
    // exceljs's streaming reader threw on about one read in a hundred of this very file.
    const file = await workbookWithRows(3);
    const answers = new Set<boolean>();
    for (let read = 0; read < 300; read++) answers.add(await hasOversizedSheet(file, 5000));
    expect([...answers]).toEqual([false]);
  });

  it('throws for bytes that are not a zip, which the import reports as an unreadable file', async () => {
    await expect(hasOversizedSheet(Buffer.from('%PDF-1.7\n'), 5000)).rejects.toThrow();
  });
});

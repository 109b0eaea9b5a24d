import type ExcelJS from 'exceljs';
import type { ImportProblem } from '../../../shared/contract/checklists';
import { unitCategories, unitCategoryWords, unitFields } from '../../../shared/contract/units';
import { UNITS_SHEET, unitColumns } from '../../../shared/workbooks/unitsWorkbookLayout';
import type { UnitCategory } from '../../../shared/contract/units';
import type { UnitColumnKey } from '../../../shared/workbooks/unitsWorkbookLayout';
import type { ParsedInputOf } from '../../../shared/contract';
import { foldForSearch } from '../../../shared/text';
import { cellFlag, cellProblem, cellText, importProblem, openWorksheet } from '../checklists/readChecklistWorkbook';
import { text as message } from '../../api/errors';
import type { LocalizedText } from '../../../shared/i18n/catalog';

export interface ParsedUnits {
  units: ParsedInputOf<'units.create'>[];
  /** Every problem, by worksheet row; when there are any, nothing may be imported. */
  problems: ImportProblem[];
}

const headerOf = (key: UnitColumnKey) => unitColumns.find((column) => column.key === key)!.header;

const categoryByWord = new Map<string, UnitCategory>([
  ...unitCategories.map((category): [string, UnitCategory] => [foldForSearch(unitCategoryWords[category]), category]),
  ...unitCategories.map((category): [string, UnitCategory] => [category, category]),
  ['don vi su nghiep', 'don_vi_su_nghiep'],
  ['co quan chuyen mon', 'co_quan_chuyen_mon'],
]);

function locateColumns(header: ExcelJS.Row): { columns: Map<UnitColumnKey, number>; problems: ImportProblem[] } {
  const byHeader = new Map(unitColumns.map((column) => [foldForSearch(column.header), column.key]));
  const columns = new Map<UnitColumnKey, number>();
  header.eachCell((cell, columnNumber) => {
    const key = byHeader.get(foldForSearch(cellText(cell)));
    if (key && !columns.has(key)) columns.set(key, columnNumber);
  });
  const problems = unitColumns
    .filter((column) => column.required && !columns.has(column.key))
    .map((column) => importProblem(1, message('workbookImport.columnMissing', { column: column.header })));
  return { columns, problems };
}

/** One row as a new unit, or what is wrong with it (rows numbered as Excel shows them). */
function readUnitRow(row: ExcelJS.Row, rowNumber: number, columns: Map<UnitColumnKey, number>) {
  const problems: ImportProblem[] = [];
  const say = (key: UnitColumnKey, problem: LocalizedText | string) => problems.push(cellProblem(rowNumber, headerOf(key), problem));
  const cell = (key: UnitColumnKey) => (columns.has(key) ? row.getCell(columns.get(key)!) : null);
  const text = (key: UnitColumnKey) => {
    const found = cell(key);
    return found ? cellText(found) : '';
  };
  const flag = (key: UnitColumnKey): boolean | undefined => {
    const found = cell(key);
    if (!found || text(key) === '') return undefined;
    const value = cellFlag(found);
    if (value === 'invalid') say(key, message('workbookImport.notYesNo', { value: text(key) }));
    return value === 'invalid' ? undefined : value;
  };

  const categoryWord = text('category');
  const category = categoryByWord.get(foldForSearch(categoryWord));
  const choices = Object.values(unitCategoryWords).join(', ');
  if (!category) {
    say('category', categoryWord === '' ? message('workbookImport.categoryMissing', { choices }) : message('workbookImport.categoryUnknown', { value: categoryWord, choices }));
  }
  const inCchcScope = flag('inCchcScope');
  const isoApplying = flag('isoApplying');
  const parsed = unitFields.safeParse({ code: text('code'), name: text('name'), shortName: text('shortName'), category: category ?? 'khac', inCchcScope, isoApplying: isoApplying ?? true });
  if (!parsed.success) for (const issue of parsed.error.issues) say(issue.path[0] as UnitColumnKey, issue.message);
  return { unit: parsed.success && category ? parsed.data : null, problems };
}

/** Reads and checks a units workbook against itself and the units already in the store. */
export async function readUnitsWorkbook(fileName: string, base64: string, existing: { code: string; name: string }[]): Promise<ParsedUnits> {
  const opened = await openWorksheet(fileName, base64, UNITS_SHEET);
  if ('problem' in opened) return { units: [], problems: [opened.problem] };
  const { columns, problems } = locateColumns(opened.sheet.getRow(1));
  if (problems.length > 0) return { units: [], problems };

  const listed = message('workbookImport.alreadyListed');
  const codes = new Map<string, LocalizedText>(existing.map((unit) => [unit.code.toLocaleLowerCase('vi'), listed]));
  const names = new Map<string, LocalizedText>(existing.map((unit) => [unit.name, listed]));
  const units: ParsedUnits['units'] = [];
  for (let rowNumber = 2; rowNumber <= opened.sheet.rowCount; rowNumber++) {
    const row = opened.sheet.getRow(rowNumber);
    if (unitColumns.every((column) => !columns.has(column.key) || cellText(row.getCell(columns.get(column.key)!)) === '')) continue;
    const read = readUnitRow(row, rowNumber, columns);
    problems.push(...read.problems);
    if (!read.unit) continue;
    const codeClash = codes.get(read.unit.code.toLocaleLowerCase('vi'));
    if (codeClash) problems.push(cellProblem(rowNumber, headerOf('code'), message('workbookImport.unitCodeClash', { code: read.unit.code, clash: codeClash })));
    const nameClash = names.get(read.unit.name);
    if (nameClash) problems.push(cellProblem(rowNumber, headerOf('name'), message('workbookImport.unitNameClash', { name: read.unit.name, clash: nameClash })));
    const sameAsThisRow = message('workbookImport.sameAsRow', { row: rowNumber });
    codes.set(read.unit.code.toLocaleLowerCase('vi'), sameAsThisRow);
    names.set(read.unit.name, sameAsThisRow);
    units.push(read.unit);
  }
  if (units.length === 0 && problems.length === 0) problems.push(importProblem(2, message('workbookImport.noUnits', { fileName })));
  return { units, problems };
}

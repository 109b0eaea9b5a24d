import type ExcelJS from 'exceljs';
import { itemFields, itemShape, sectionFields } from '../../../shared/contract/checklists';
import { answerTypeWords, CHECKLIST_SHEET, checklistColumns, INFO_SHEET, infoLabels } from '../../../shared/workbooks/checklistWorkbookLayout';
import type { ImportPreview, ImportProblem } from '../../../shared/contract/checklists';
import type { ChecklistColumnKey } from '../../../shared/workbooks/checklistWorkbookLayout';
import { checklistImportLimits, megabytes } from '../../../shared/contract/importLimits';
import { answerTypes, templatePurposes } from '../../../shared/contract/vocabulary';
import type { AnswerType, Comparator, TemplatePurpose } from '../../../shared/contract/vocabulary';
import { foldForSearch } from '../../../shared/text';
import type { SectionContent } from './versionContent';
import { loadExcelJs } from '../../workers/heavyLibraries';
import { hasOversizedSheet } from './oversizedSheet';
import { text as message } from '../../api/errors';
import { localize } from '../../../shared/i18n/catalog';
import type { LocalizedText } from '../../../shared/i18n/catalog';

/** A problem at a row, in the catalog's words, so each client reads it in its own language. */
export const importProblem = (row: number, said: LocalizedText): ImportProblem => ({ row, message: localize(said), text: said });

/** A problem with one cell: the row, the column's header and what is wrong (the catalog's words or a shared rule's). */
export const cellProblem = (row: number, column: string, problem: LocalizedText | string): ImportProblem =>
  importProblem(row, message('workbookImport.cell', { row, column, problem }));

export interface ParsedChecklist {
  sections: SectionContent[];
  suggested: ImportPreview['suggested'];
  /** Every problem found, file-level ones (row 0) first; when there are any, nothing may be imported. */
  problems: ImportProblem[];
}

const noSuggestion: ImportPreview['suggested'] = { code: '', name: '', purpose: null, description: '', year: null };

const headerOf = (key: ChecklistColumnKey) => checklistColumns.find((column) => column.key === key)?.header ?? key;

const answerTypeByWord = new Map<string, AnswerType>([
  ...answerTypes.map((type): [string, AnswerType] => [foldForSearch(answerTypeWords[type]), type]),
  ...answerTypes.map((type): [string, AnswerType] => [type, type]),
  ['phu hop', 'conformity'],
  ['so', 'numeric'],
  ['chi so', 'numeric'],
  ['co khong', 'yes_no'],
  ['co / khong', 'yes_no'],
]);

const comparatorBySign = new Map<string, Comparator>([
  ['>', '>'],
  ['>=', '>='],
  ['≥', '>='],
  ['=>', '>='],
  ['<', '<'],
  ['<=', '<='],
  ['≤', '<='],
  ['=<', '<='],
  ['=', '='],
]);

const yesWords = new Set(['co', 'c', 'x', 'true', '1', 'yes', 'y']);
const noWords = new Set(['', 'khong', 'k', 'false', '0', 'no', 'n']);

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** A clear refusal before exceljs sees the bytes: the name and the content must both be an .xlsx (a ZIP package). */
function notXlsxProblem(fileName: string, bytes: Buffer): ImportProblem | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return importProblem(0, message('workbookImport.oldExcel', { fileName }));
  }
  if (!/\.xlsx$/i.test(fileName) || !startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return importProblem(0, message('workbookImport.notXlsx', { fileName }));
  }
  return null;
}

export const cellText = (cell: ExcelJS.Cell): string => (cell.value === null || cell.value === undefined ? '' : cell.text.trim());

/** A number typed as 99, "99", "99,5" or "95%", or a cell formatted as a percentage (Excel keeps 95% as 0.95). */
function cellNumber(cell: ExcelJS.Cell): number | null | 'invalid' {
  const value = cell.value;
  const numeric = typeof value === 'number' ? value : value && typeof value === 'object' && 'result' in value && typeof value.result === 'number' ? value.result : null;
  if (numeric !== null) return cell.numFmt?.includes('%') ? Math.round(numeric * 100 * 1e6) / 1e6 : numeric;
  const text = cellText(cell).replace(/%$/, '').trim().replace(',', '.');
  if (text === '') return null;
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : 'invalid';
}

export function cellFlag(cell: ExcelJS.Cell): boolean | 'invalid' {
  if (typeof cell.value === 'boolean') return cell.value;
  const word = foldForSearch(cellText(cell));
  if (yesWords.has(word)) return true;
  if (noWords.has(word)) return false;
  return 'invalid';
}

type ColumnMap = Map<ChecklistColumnKey, number>;

function columnOf(columns: ColumnMap, key: ChecklistColumnKey): number {
  const column = columns.get(key);
  if (column === undefined) throw new Error(`column ${key} was not located`);
  return column;
}

/** The text of a column in a row; '' when the file has no such (optional) column. */
const cellOf = (row: ExcelJS.Row, columns: ColumnMap, key: ChecklistColumnKey) => (columns.has(key) ? cellText(row.getCell(columnOf(columns, key))) : '');

function locateColumns(header: ExcelJS.Row): { columns: ColumnMap; problems: ImportProblem[] } {
  const byFoldedHeader = new Map(checklistColumns.map((column) => [foldForSearch(column.header), column.key]));
  const columns: ColumnMap = new Map();
  const problems: ImportProblem[] = [];
  header.eachCell((cell, columnNumber) => {
    const key = byFoldedHeader.get(foldForSearch(cellText(cell)));
    if (!key) return;
    if (columns.has(key)) problems.push(importProblem(1, message('workbookImport.columnTwice', { column: headerOf(key) })));
    else columns.set(key, columnNumber);
  });
  for (const column of checklistColumns) {
    if (column.required && !columns.has(column.key)) {
      problems.push(importProblem(1, message('workbookImport.columnMissing', { column: column.header })));
    }
  }
  return { columns, problems };
}

const itemKeys = checklistColumns.map((column) => column.key).filter((key) => key !== 'sectionCode' && key !== 'sectionTitle');

/** Reads one data row into item fields, or says what is wrong with it. */
function readItemRow(row: ExcelJS.Row, rowNumber: number, columns: ColumnMap) {
  const problems: ImportProblem[] = [];
  const refused = new Set<ChecklistColumnKey>();
  const has = (key: ChecklistColumnKey) => columns.has(key);
  const say = (key: ChecklistColumnKey, problem: LocalizedText | string) => {
    refused.add(key);
    problems.push(cellProblem(rowNumber, headerOf(key), problem));
  };
  const text = (key: ChecklistColumnKey) => cellOf(row, columns, key);
  const number = (key: ChecklistColumnKey) => {
    const value = has(key) ? cellNumber(row.getCell(columnOf(columns, key))) : null;
    if (value === 'invalid') say(key, message('workbookImport.notNumber', { value: text(key) }));
    return value === 'invalid' ? null : value;
  };
  const flag = (key: ChecklistColumnKey) => {
    const value = has(key) ? cellFlag(row.getCell(columnOf(columns, key))) : false;
    if (value === 'invalid') say(key, message('workbookImport.notYesNo', { value: text(key) }));
    return value === true;
  };

  const answerWord = text('answerType');
  const answerType = answerTypeByWord.get(foldForSearch(answerWord));
  const choices = Object.values(answerTypeWords).join(', ');
  if (answerWord === '') say('answerType', message('workbookImport.answerTypeMissing', { choices }));
  else if (!answerType) say('answerType', message('workbookImport.answerTypeUnknown', { value: answerWord, choices }));
  const sign = text('comparator');
  const comparator = sign === '' ? null : (comparatorBySign.get(sign) ?? null);
  if (sign !== '' && !comparator) say('comparator', message('workbookImport.comparatorUnknown', { value: sign }));

  const raw = {
    code: text('code'),
    reference: text('reference'),
    referenceTitle: text('referenceTitle'),
    question: text('question'),
    evidenceHint: text('evidenceHint'),
    guidance: text('guidance'),
    answerType: answerType ?? 'conformity',
    numericUnit: text('numericUnit') || null,
    comparator,
    threshold: number('threshold'),
    points: number('points'),
    evidenceRequired: flag('evidenceRequired'),
    usuallyNotApplicable: flag('usuallyNotApplicable'),
    notApplicableHint: text('notApplicableHint'),
  };
  const retired = flag('retired');
  // Without a known answer type, the rules that depend on it would only repeat the first complaint.
  const parsed = (answerType ? itemFields : itemShape).safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as ChecklistColumnKey;
      if (!refused.has(key)) say(key, issue.message);
    }
  }
  return { item: parsed.success && problems.length === 0 ? { ...parsed.data, retired } : null, problems };
}

function rowIsEmpty(row: ExcelJS.Row, columns: ColumnMap, keys: readonly ChecklistColumnKey[]): boolean {
  return keys.every((key) => cellOf(row, columns, key) === '');
}

function readRows(sheet: ExcelJS.Worksheet, columns: ColumnMap): { sections: SectionContent[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const sections = new Map<string, SectionContent & { firstRow: number }>();
  const itemRows = new Map<string, number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1 || rowIsEmpty(row, columns, ['sectionCode', 'sectionTitle', ...itemKeys])) return;
    const sectionInput = { code: cellOf(row, columns, 'sectionCode'), title: cellOf(row, columns, 'sectionTitle') };
    const section = sectionFields.safeParse(sectionInput);
    if (!section.success) {
      for (const issue of section.error.issues) {
        const key = issue.path[0] === 'title' ? 'sectionTitle' : 'sectionCode';
        problems.push(cellProblem(rowNumber, headerOf(key), issue.message));
      }
    }
    const sectionKey = sectionInput.code.toLowerCase();
    let target = sections.get(sectionKey);
    if (section.success && !target) {
      target = { ...section.data, items: [], firstRow: rowNumber };
      sections.set(sectionKey, target);
    } else if (section.success && target && target.title !== section.data.title) {
      problems.push(importProblem(rowNumber, message('workbookImport.sectionRenamed', { row: rowNumber, section: target.code, title: target.title, firstRow: target.firstRow })));
    }
    // A row with only the section columns declares a section that has no items yet.
    if (rowIsEmpty(row, columns, itemKeys)) return;
    const { item, problems: rowProblems } = readItemRow(row, rowNumber, columns);
    problems.push(...rowProblems);
    const code = cellOf(row, columns, 'code');
    const firstRow = itemRows.get(code.toLowerCase());
    if (code && firstRow !== undefined) {
      problems.push(cellProblem(rowNumber, headerOf('code'), message('workbookImport.codeRepeated', { code, firstRow })));
    } else if (code) itemRows.set(code.toLowerCase(), rowNumber);
    if (item && target) target.items.push(item);
  });
  const content = [...sections.values()].map(({ firstRow: _firstRow, ...section }) => section);
  if (problems.length === 0 && itemRows.size === 0) problems.push(importProblem(0, message('workbookImport.noItems')));
  return { sections: content, problems };
}

function readInfo(sheet: ExcelJS.Worksheet | undefined): ImportPreview['suggested'] {
  if (!sheet) return noSuggestion;
  const values = new Map<keyof typeof infoLabels, string>();
  const labels = Object.entries(infoLabels) as [keyof typeof infoLabels, string][];
  sheet.eachRow((row) => {
    const label = foldForSearch(cellText(row.getCell(1)));
    const match = labels.find(([, text]) => label !== '' && foldForSearch(text.split(' (')[0] ?? text) === label.split(' (')[0]);
    if (match) values.set(match[0], cellText(row.getCell(2)).normalize('NFC'));
  });
  const purpose = (values.get('purpose') ?? '').toUpperCase();
  const year = Number(values.get('year'));
  return {
    code: values.get('code') ?? '',
    name: values.get('name') ?? '',
    purpose: (templatePurposes as readonly string[]).includes(purpose) ? (purpose as TemplatePurpose) : null,
    description: values.get('description') ?? '',
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
  };
}

const unreadable = (fileName: string): ImportProblem => importProblem(0, message('workbookImport.unreadable', { fileName }));

/** The file-level refusals, checked before the workbook is parsed whole. */
async function fileProblem(fileName: string, bytes: Buffer): Promise<ImportProblem | null> {
  if (bytes.length > checklistImportLimits.maxFileBytes) {
    return importProblem(0, message('workbookImport.fileTooLarge', { fileName, megabytes: megabytes(bytes.length), limit: megabytes(checklistImportLimits.maxFileBytes) }));
  }
  const notXlsx = notXlsxProblem(fileName, bytes);
  if (notXlsx) return notXlsx;
  try {
    if (await hasOversizedSheet(bytes, checklistImportLimits.maxSheetRows)) {
      return importProblem(0, message('workbookImport.tooManyRows', { fileName, rows: { amount: checklistImportLimits.maxSheetRows } }));
    }
  } catch {
    return unreadable(fileName);
  }
  return null;
}

/**
 * An uploaded .xlsx and its named sheet (else the first), or the problem that stops reading it. The size
 * and row limits are checked before the workbook is parsed whole.
 */
export async function openWorksheet(
  fileName: string,
  base64: string,
  sheetName: string,
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } | { problem: ImportProblem }> {
  const bytes = Buffer.from(base64, 'base64');
  const refusal = await fileProblem(fileName, bytes);
  if (refusal) return { problem: refusal };
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { problem: unreadable(fileName) };
  }
  const sheet = workbook.getWorksheet(sheetName) ?? workbook.worksheets[0];
  if (!sheet) return { problem: importProblem(0, message('workbookImport.noSheet', { fileName })) };
  return { workbook, sheet };
}

/** Reads and checks a checklist workbook; the rows are numbered as Excel shows them. */
export async function readChecklistWorkbook(fileName: string, base64: string): Promise<ParsedChecklist> {
  const opened = await openWorksheet(fileName, base64, CHECKLIST_SHEET);
  if ('problem' in opened) return { sections: [], suggested: noSuggestion, problems: [opened.problem] };
  const { workbook, sheet } = opened;
  const suggested = readInfo(workbook.getWorksheet(INFO_SHEET));
  const { columns, problems: headerProblems } = locateColumns(sheet.getRow(1));
  if (headerProblems.length > 0) return { sections: [], suggested, problems: headerProblems };
  return { ...readRows(sheet, columns), suggested };
}

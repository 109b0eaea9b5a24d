import { answerTypeWords, CHECKLIST_SHEET, checklistColumns, INFO_SHEET, infoLabels } from '../../../shared/workbooks/checklistWorkbookLayout';
import type { ChecklistItemView, ChecklistVersionDetail } from '../../../shared/contract/checklists';
import type { ChecklistColumnKey } from '../../../shared/workbooks/checklistWorkbookLayout';
import { comparatorSymbols } from '../../../shared/rules/indicators';
import type { VersionStatus } from '../../../shared/contract/vocabulary';
import { loadExcelJs } from '../../workers/heavyLibraries';

/** Codes such as "3.10" must stay text when someone edits the file in Excel, or they become the number 3.1. */
const textColumns = new Set<ChecklistColumnKey>(['sectionCode', 'code', 'reference']);

const statusWords: Record<VersionStatus, string> = { draft: 'Bản nháp', published: 'Đang dùng', superseded: 'Phiên bản cũ' };

const yesNo = (value: boolean) => (value ? 'Có' : 'Không');

type RowValues = Partial<Record<ChecklistColumnKey, string | number | null>>;

function itemRow(item: ChecklistItemView): RowValues {
  return {
    code: item.code,
    reference: item.reference,
    referenceTitle: item.referenceTitle,
    question: item.question,
    evidenceHint: item.evidenceHint,
    guidance: item.guidance,
    answerType: answerTypeWords[item.answerType],
    numericUnit: item.numericUnit ?? '',
    comparator: item.comparator ? comparatorSymbols[item.comparator] : '',
    threshold: item.threshold,
    points: item.points,
    evidenceRequired: yesNo(item.evidenceRequired),
    usuallyNotApplicable: yesNo(item.usuallyNotApplicable),
    notApplicableHint: item.notApplicableHint,
    retired: yesNo(item.retired),
  };
}

/** One row per item in order; a section without items still gets a row, so it survives a round trip. */
export async function buildChecklistWorkbook({ detail, now }: { detail: ChecklistVersionDetail; now: Date }): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.created = now;
  const sheet = workbook.addWorksheet(CHECKLIST_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = checklistColumns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: textColumns.has(column.key) ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const section of detail.sections) {
    const sectionCells = { sectionCode: section.code, sectionTitle: section.title };
    const rows = section.items.length > 0 ? section.items.map((item) => ({ ...sectionCells, ...itemRow(item) })) : [sectionCells];
    for (const values of rows) sheet.addRow(values).alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: checklistColumns.length } };

  const info = workbook.addWorksheet(INFO_SHEET);
  info.columns = [{ width: 30 }, { width: 90 }];
  const { template, version } = detail;
  const infoRows: [string, string | number][] = [
    [infoLabels.code, template.code],
    [infoLabels.name, template.name],
    [infoLabels.purpose, template.purpose],
    [infoLabels.year, version.year ?? ''],
    [infoLabels.description, template.description],
    [infoLabels.version, version.version],
    [infoLabels.status, statusWords[version.status]],
  ];
  for (const [label, value] of infoRows) {
    const row = info.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function checklistFileName(detail: ChecklistVersionDetail): string {
  return `danh-muc-${detail.template.code.replace(/\//g, '-')}-v${detail.version.version}.xlsx`;
}

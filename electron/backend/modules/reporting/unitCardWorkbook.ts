import ExcelJS from 'exceljs';
import type { UnitCard } from '../../../shared/contract/reports';
import { actionStatuses, findingClasses } from '../../../shared/contract/vocabulary';
import { actionStatusNames } from '../../../shared/rules/actionStates';
import { findingClassNames } from '../../documents';
import { excelDate, sheetOf, tracedRowSheets } from './reportWorkbook';
import { unitCardWords } from './unitCardWording';

/** The unit card's tables: one row a year (the figures the card prints), then its audits, findings and actions. */
export async function writeUnitCardWorkbook(card: UnitCard): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kiểm tra CCHC & ISO 9001';
  sheetOf(
    workbook,
    'Theo năm',
    [
      { header: 'Năm', width: 8 },
      { header: unitCardWords.cchc, width: 14 },
      { header: unitCardWords.iso, width: 14 },
      ...findingClasses.map((c) => ({ header: findingClassNames[c], width: 14 })),
      { header: 'Chỉ tiêu đạt', width: 10 },
      { header: 'Chỉ tiêu không đạt', width: 12 },
      ...actionStatuses.map((s) => ({ header: `HĐKP: ${actionStatusNames[s]}`, width: 16 })),
    ],
    card.years.map((y) => [
      y.year,
      y.cchcAudits.value,
      y.isoAudits.value,
      ...findingClasses.map((c) => y.findingsByClass[c].value),
      y.indicatorsMet,
      y.indicatorsNotMet,
      ...actionStatuses.map((s) => y.actionsByStatus[s].value),
    ]),
  );
  tracedRowSheets(workbook, card, 'Cuộc kiểm tra');
  const date = { style: { numFmt: 'dd/mm/yyyy' } };
  sheetOf(
    workbook,
    'Hành động khắc phục',
    [{ header: 'Trạng thái', width: 24 }, { header: 'Hạn', width: 12, ...date }, { header: 'Mở ngày', width: 12, ...date }, { header: 'Hoàn thành ngày', width: 14, ...date }],
    card.actionRows.map((a) => [actionStatusNames[a.status], excelDate(a.dueDate), excelDate(a.openedOn), a.closedOn ? excelDate(a.closedOn) : '']),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

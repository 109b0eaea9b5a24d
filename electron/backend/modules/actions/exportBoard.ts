import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { units } from '../../../../db/schema';
import type { AppDatabase, Store } from '../../../../db/store';
import { actionStatusNames } from '../../../shared/rules/actionStates';
import type { DueState } from '../../../shared/rules/actionStates';
import type { ActionRow } from '../../../shared/contract/actions';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import { formatInstant } from '../../../shared/dates';
import type { ModuleHandlers } from '../../api/handlers';
import { findingClassNames } from '../../documents';
import type { ActionClock } from './actionClock';
import { actionClock } from './actionClock';
import { toActionRow } from './actionRows';
import type { ParsedBoardFilters } from './boardQuery';
import { queryBoard } from './boardQuery';

const auditKindNames: Record<AuditKind, string> = { CCHC: 'Kiểm tra CCHC', ISO: 'Đánh giá nội bộ ISO' };

const verificationResultNames = { hieu_qua: 'Hiệu quả', khong_hieu_qua: 'Không hiệu quả' } as const;

const statusFilterNames: Record<ParsedBoardFilters['status'], string> = {
  open: 'Đang mở',
  closed: 'Đã đóng',
  all: 'Tất cả',
  ...actionStatusNames,
};

function dueStateText(row: ActionRow): string {
  const texts: Record<DueState, string> = {
    overdue: `Quá hạn ${-row.daysToDue} ngày`,
    due_soon: row.daysToDue === 0 ? 'Đến hạn hôm nay' : `Còn ${row.daysToDue} ngày`,
    on_track: 'Trong hạn',
    awaiting_verification: 'Chờ xác minh',
    closed: 'Đã đóng',
  };
  return texts[row.dueState];
}

/** Light fills behind the words, in the board's colours: red for overdue, amber for due soon. */
const dueStateFill: Partial<Record<DueState, string>> = { overdue: 'FFFDE2E2', due_soon: 'FFFFF1D6' };

function describeFilters(db: AppDatabase, filters: ParsedBoardFilters): string {
  const parts = [`Trạng thái: ${statusFilterNames[filters.status]}`];
  if (filters.unitId) parts.push(`Đơn vị: ${db.select({ name: units.name }).from(units).where(eq(units.id, filters.unitId)).get()?.name ?? ''}`);
  if (filters.kind) parts.push(`Loại: ${auditKindNames[filters.kind]}`);
  if (filters.year) parts.push(`Năm: ${filters.year}`);
  if (filters.due) parts.push(filters.due === 'overdue' ? 'Chỉ hành động quá hạn' : 'Chỉ hành động sắp đến hạn');
  if (filters.search) parts.push(`Từ khóa: "${filters.search}"`);
  return parts.join('; ');
}

const asDate = (isoDate: string | null) => (isoDate ? new Date(`${isoDate}T00:00:00Z`) : null);

const columns: Partial<ExcelJS.Column>[] = [
  { header: 'STT', key: 'index', width: 6 },
  { header: 'Đơn vị chịu trách nhiệm', key: 'unit', width: 28 },
  { header: 'Người chịu trách nhiệm', key: 'owner', width: 22 },
  { header: 'Cuộc kiểm tra', key: 'audit', width: 34 },
  { header: 'Loại', key: 'kind', width: 20 },
  { header: 'Năm', key: 'year', width: 8 },
  { header: 'Phát hiện số', key: 'findingNumber', width: 10 },
  { header: 'Phân loại', key: 'findingClass', width: 20 },
  { header: 'Nội dung phát hiện', key: 'finding', width: 44 },
  { header: 'Khắc phục tức thời', key: 'correction', width: 36 },
  { header: 'Nguyên nhân gốc rễ', key: 'rootCause', width: 36 },
  { header: 'Kế hoạch hành động', key: 'plan', width: 44 },
  { header: 'Hạn hoàn thành', key: 'dueDate', width: 14, style: { numFmt: 'dd/mm/yyyy' } },
  { header: 'Trạng thái', key: 'status', width: 24 },
  { header: 'Tình trạng hạn', key: 'dueState', width: 18 },
  { header: 'Số ngày mở', key: 'ageDays', width: 10 },
  { header: 'Bằng chứng hoàn thành', key: 'evidence', width: 40 },
  { header: 'Người xác minh', key: 'verifier', width: 22 },
  { header: 'Ngày xác minh', key: 'verificationDate', width: 14, style: { numFmt: 'dd/mm/yyyy' } },
  { header: 'Kết quả xác minh', key: 'verificationResult', width: 18 },
];

const HEADER_ROW = 4;

/** The board as the coordinator filtered it, every matching row, with a title and the filters above the table. */
export async function buildBoardWorkbook(store: Store, filters: ParsedBoardFilters, clock: ActionClock, now: Date): Promise<{ buffer: Buffer; rowCount: number }> {
  const { db } = store;
  const { rows } = queryBoard(store, filters, clock);
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  const sheet = workbook.addWorksheet('Hành động khắc phục', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns;
  sheet.spliceRows(1, 0, [], [], []);
  sheet.mergeCells(1, 1, 1, 12);
  Object.assign(sheet.getCell(1, 1), { value: 'DANH SÁCH HÀNH ĐỘNG KHẮC PHỤC', font: { bold: true, size: 14 } });
  sheet.mergeCells(2, 1, 2, 12);
  sheet.getCell(2, 1).value = `Xuất lúc ${formatInstant(now)}. ${describeFilters(db, filters)}. Số hành động: ${rows.length}.`;
  const header = sheet.getRow(HEADER_ROW);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  rows.forEach((raw, index) => {
    const row = toActionRow(raw, clock);
    const added = sheet.addRow({
      index: index + 1,
      unit: row.ownerUnitName,
      owner: row.ownerPersonName ?? '',
      audit: row.auditTitle,
      kind: auditKindNames[row.auditKind],
      year: row.auditYear,
      findingNumber: row.findingNumber,
      findingClass: findingClassNames[row.findingClass],
      finding: row.findingDescription,
      correction: raw.correction,
      rootCause: raw.rootCause,
      plan: raw.actionPlan,
      dueDate: asDate(row.dueDate),
      status: actionStatusNames[row.status],
      dueState: dueStateText(row),
      ageDays: row.ageDays,
      evidence: raw.completionEvidence,
      verifier: raw.verifierName ?? '',
      verificationDate: asDate(raw.verificationDate),
      verificationResult: raw.verificationResult ? verificationResultNames[raw.verificationResult] : '',
    });
    added.alignment = { vertical: 'top', wrapText: true };
    const fill = dueStateFill[row.dueState];
    if (fill) added.getCell('dueState').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns.length } };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, rowCount: rows.length };
}

export const exportBoard: ModuleHandlers<'actions.exportXlsx'>['actions.exportXlsx'] = async (ctx, filters) => {
  const clock = actionClock(ctx);
  const { buffer, rowCount } = await buildBoardWorkbook(ctx.store, filters, clock, ctx.now());
  return { fileName: `hanh-dong-khac-phuc-${clock.today}.xlsx`, base64: buffer.toString('base64'), rowCount };
};

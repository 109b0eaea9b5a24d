import { eq } from 'drizzle-orm';
import { units } from '../../../../db/schema';
import type { AppDatabase, Store } from '../../../../db/store';
import { actionStatusNames } from '../../../shared/rules/actionStates';
import type { DueState } from '../../../shared/rules/actionStates';
import type { ActionRow } from '../../../shared/contract/actions';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import { formatInstant } from '../../../shared/dates';
import type { ModuleHandlers } from '../../api/handlers';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import { findingClassNames } from '../../documents';
import type { ActionClock } from './actionClock';
import { actionClock } from './actionClock';
import { selectRawActions, toActionRow } from './actionRows';
import type { BoardWorkbookContent } from './boardWorkbook';
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

/** The board as the coordinator filtered it, every matching row, read from the store; the worker writes it out. */
export function boardWorkbookContent(store: Store, filters: ParsedBoardFilters, clock: ActionClock, now: Date): BoardWorkbookContent {
  const rows = selectRawActions(store.db, clock, queryBoard(store, filters, clock).rows);
  return {
    title: 'DANH SÁCH HÀNH ĐỘNG KHẮC PHỤC',
    subtitle: `Xuất lúc ${formatInstant(now)}. ${describeFilters(store.db, filters)}. Số hành động: ${rows.length}.`,
    createdAt: now,
    rows: rows.map((raw, index) => {
      const row = toActionRow(raw, clock);
      return {
        dueState: row.dueState,
        cells: {
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
        },
      };
    }),
  };
}

export const exportBoard: ModuleHandlers<'actions.exportXlsx'>['actions.exportXlsx'] = async (ctx, filters) => {
  const clock = actionClock(ctx);
  const content = boardWorkbookContent(ctx.store, filters, clock, ctx.now());
  const bytes = await backgroundWork.run('actions.writeBoardWorkbook', content);
  return { fileName: `hanh-dong-khac-phuc-${clock.today}.xlsx`, base64: asBuffer(bytes).toString('base64'), rowCount: content.rows.length };
};

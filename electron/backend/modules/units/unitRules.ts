import { and, eq, ne, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { people, units } from '../../../../db/schema';
import { conflict, invalid } from '../../api/errors';

export function assertUnitCodeFree(db: AppDatabase, code: string, exceptId?: string): void {
  const clash = db
    .select({ id: units.id })
    .from(units)
    .where(and(sql`lower(${units.code}) = lower(${code})`, exceptId ? ne(units.id, exceptId) : undefined))
    .get();
  if (clash) {
    const message = `Mã đơn vị "${code}" đã được dùng cho đơn vị khác.`;
    throw conflict(message, [{ path: 'code', message }]);
  }
}

export function assertUnitNameFree(db: AppDatabase, name: string, exceptId?: string): void {
  const clash = db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.name, name), exceptId ? ne(units.id, exceptId) : undefined))
    .get();
  if (clash) {
    const message = `Đã có đơn vị tên "${name}".`;
    throw conflict(message, [{ path: 'name', message }]);
  }
}

export function assertHeadExists(db: AppDatabase, personId: string | null | undefined): void {
  if (!personId) return;
  const person = db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get();
  if (!person) throw invalid('Người đứng đầu đã chọn không có trong danh bạ cán bộ.', [{ path: 'headPersonId', message: 'Không tìm thấy cán bộ' }]);
}

import { and, eq, ne, sql } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { people, units } from '../../../../db/schema';
import { conflict, invalid, issue, text } from '../../api/errors';

export function assertUnitCodeFree(db: AppDatabase, code: string, exceptId?: string): void {
  const clash = db
    .select({ id: units.id })
    .from(units)
    .where(and(sql`lower(${units.code}) = lower(${code})`, exceptId ? ne(units.id, exceptId) : undefined))
    .get();
  if (clash) {
    const message = text('errors.unit.codeTaken', { code });
    throw conflict(message, [issue('code', message)]);
  }
}

export function assertUnitNameFree(db: AppDatabase, name: string, exceptId?: string): void {
  const clash = db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.name, name), exceptId ? ne(units.id, exceptId) : undefined))
    .get();
  if (clash) {
    const message = text('errors.unit.nameTaken', { name });
    throw conflict(message, [issue('name', message)]);
  }
}

export function assertHeadExists(db: AppDatabase, personId: string | null | undefined): void {
  if (!personId) return;
  const person = db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get();
  if (!person) throw invalid(text('errors.unit.headMissing'), [issue('headPersonId', text('errors.personNotFoundShort'))]);
}

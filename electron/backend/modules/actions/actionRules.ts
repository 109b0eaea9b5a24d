import { eq } from 'drizzle-orm';
import { people, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { GateRefusal } from '../../../shared/rules/actionStates';
import { AppError, invalid, issue, text } from '../../api/errors';

/** A forbidden move is a conflict with the action's state; a missing gate requirement is a form problem. */
export function refuseIfAny(refusals: GateRefusal[]): void {
  if (refusals.length === 0) return;
  const message = refusals.map((r) => r.message).join(' ');
  const code = refusals.some((r) => r.code === 'forbiddenMove' || r.code === 'fieldLocked') ? 'CONFLICT' : 'VALIDATION';
  throw new AppError(code, message, refusals.map(({ path, message: text }) => ({ path, message: text })));
}

export function assertOwnerUnitExists(db: AppDatabase, unitId: string | undefined): void {
  if (!unitId) return;
  if (!db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()) {
    throw invalid(text('errors.action.ownerUnitMissing'), [issue('ownerUnitId', text('errors.unitNotFoundShort'))]);
  }
}

export function assertPersonExists(db: AppDatabase, personId: string | null | undefined, path: string): void {
  if (!personId) return;
  if (!db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get()) {
    throw invalid(text('errors.action.personMissing'), [issue(path, text('errors.personNotFoundShort'))]);
  }
}

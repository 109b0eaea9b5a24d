import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { units } from '../../../../db/schema';
import { certificateIssue } from '../../../shared/rules/auditorCertificate';
import type { PersonView } from '../../../shared/contract/people';
import { localDateOf } from '../../../shared/dates';
import { invalid, issue, text } from '../../api/errors';

/** A person joins an existing unit that is still active; leaving the unit empty is allowed (e.g. the leadership). */
export function assertUnitAssignable(db: AppDatabase, unitId: string | null | undefined): void {
  if (!unitId) return;
  const unit = db.select({ active: units.active, name: units.name }).from(units).where(eq(units.id, unitId)).get();
  if (!unit) throw invalid(text('errors.unitMissing'), [issue('unitId', text('errors.unitNotFoundShort'))]);
  if (!unit.active) {
    const message = text('errors.unitInactive', { name: unit.name });
    throw invalid(message, [issue('unitId', message)]);
  }
}

/** The certificate fields of the record as it will be saved: trained if certified, and not issued in the future. */
export function assertCertificateConsistent(person: Omit<PersonView, 'id' | 'unitName' | 'active'>, now: Date): void {
  const certificateProblem = certificateIssue(person);
  if (certificateProblem) throw invalid(certificateProblem.message, [certificateProblem]);
  if (person.auditorCertDate && person.auditorCertDate > localDateOf(now)) {
    const message = text('errors.person.certInFuture');
    throw invalid(message, [issue('auditorCertDate', message)]);
  }
}

import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { units } from '../../../../db/schema';
import { certificateIssue } from '../../../shared/rules/auditorCertificate';
import type { PersonView } from '../../../shared/contract/people';
import { localDateOf } from '../../../shared/dates';
import { invalid } from '../../api/errors';

/** A person joins an existing unit that is still active; leaving the unit empty is allowed (e.g. the leadership). */
export function assertUnitAssignable(db: AppDatabase, unitId: string | null | undefined): void {
  if (!unitId) return;
  const unit = db.select({ active: units.active, name: units.name }).from(units).where(eq(units.id, unitId)).get();
  if (!unit) throw invalid('Đơn vị đã chọn không có trong danh sách đơn vị.', [{ path: 'unitId', message: 'Không tìm thấy đơn vị' }]);
  if (!unit.active) {
    const message = `Đơn vị "${unit.name}" đã ngừng hoạt động.`;
    throw invalid(message, [{ path: 'unitId', message }]);
  }
}

/** The certificate fields of the record as it will be saved: trained if certified, and not issued in the future. */
export function assertCertificateConsistent(person: Omit<PersonView, 'id' | 'unitName' | 'active'>, now: Date): void {
  const issue = certificateIssue(person);
  if (issue) throw invalid(issue.message, [issue]);
  if (person.auditorCertDate && person.auditorCertDate > localDateOf(now)) {
    const message = 'Ngày cấp chứng chỉ không được sau ngày hôm nay';
    throw invalid(message, [{ path: 'auditorCertDate', message }]);
  }
}

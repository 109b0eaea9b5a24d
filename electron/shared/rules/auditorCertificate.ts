import type { PersonFields } from '../contract/people';

type PersonCertificate = Pick<PersonFields, 'auditorTrained' | 'auditorCertNumber' | 'auditorCertDate' | 'auditorCertIssuer'>;

/** A certificate only makes sense for a trained auditor; the form and the back end share this check. */
export function certificateIssue(person: PersonCertificate): { path: string; message: string } | null {
  const hasCertificate = person.auditorCertNumber !== '' || person.auditorCertDate !== null || person.auditorCertIssuer !== '';
  return hasCertificate && !person.auditorTrained
    ? { path: 'auditorTrained', message: 'Hãy đánh dấu "Đã được đào tạo đánh giá viên" khi nhập chứng chỉ' }
    : null;
}

import type { PersonFields } from '../contract/people';
import { fieldMessage } from '../i18n/fieldMessages';

type PersonCertificate = Pick<PersonFields, 'auditorTrained' | 'auditorCertNumber' | 'auditorCertDate' | 'auditorCertIssuer'>;

/** A certificate only makes sense for a trained auditor; the form and the back end share this check. */
export function certificateIssue(person: PersonCertificate): { path: string; message: string } | null {
  const hasCertificate = person.auditorCertNumber !== '' || person.auditorCertDate !== null || person.auditorCertIssuer !== '';
  return hasCertificate && !person.auditorTrained
    ? { path: 'auditorTrained', message: fieldMessage('sharedRules.auditor.trainedWithCertificate') }
    : null;
}

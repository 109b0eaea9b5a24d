import type { AppDatabase } from '../../../../db/store';
import { legalBasisLines } from '../legalBases/renderLegalBases';
import { readOrganization } from '../organization/readOrganization';
import { readSettings } from '../organization/readSettings';
import { readSignaturePngs } from '../signatures/signatureImages';
import { buildMinutesContent, minutesSigners } from './buildMinutesContent';
import type { MinutesNumbering } from './buildMinutesContent';
import { loadMinutesSource, readParticipants } from './loadMinutesSource';
import type { MinutesContent, MinutesSigner } from './minutesContent';

export interface PreparedMinutes {
  content: MinutesContent;
  /** Signature images by person, for the blocks. */
  images: Map<string, Buffer>;
}

/** Reads the audit and everything around it, and turns it into the minutes' content. */
export function prepareMinutes(db: AppDatabase, auditId: string, numbering: MinutesNumbering): PreparedMinutes {
  const source = loadMinutesSource(db, auditId);
  const personIds = source.participants.flatMap((p) => (p.personId ? [p.personId] : []));
  const images = readSignaturePngs(db, personIds);
  const legalBases = legalBasisLines(db, source.audit.kind === 'CCHC' ? 'cchc_minutes' : 'iso_minutes', Number(source.audit.endDate.slice(0, 4)));
  const content = buildMinutesContent({ source, organization: readOrganization(db), settings: readSettings(db), legalBases, numbering, signatureImages: images });
  return { content, images };
}

/** The signature blocks alone, without building the whole content. */
export function readMinutesSigners(db: AppDatabase, auditId: string): MinutesSigner[] {
  const participants = readParticipants(db, auditId);
  return minutesSigners(participants, readSignaturePngs(db, participants.flatMap((p) => (p.personId ? [p.personId] : []))));
}

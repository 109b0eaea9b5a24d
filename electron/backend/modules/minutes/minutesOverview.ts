import { asc, eq } from 'drizzle-orm';
import { issuedMinutes, units } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { readSetupStatus, setupRequired } from '../setup/setupStatus';
import { issueBlockers } from './issueBlockers';
import { firstMinutesCode } from './issueMinutes';
import { issuedMinutesView } from './issuedMinutesViews';
import { readAudit, readParticipants } from './loadMinutesSource';
import { readMinutesSigners } from './minutesInputs';

export const minutesOverview: ModuleHandlers<'minutes.overview'>['minutes.overview'] = async (ctx, input) => {
  const db = ctx.store.db;
  const audit = readAudit(db, input.auditId);
  const unit = db.select({ name: units.name }).from(units).where(eq(units.id, audit.unitId)).get();
  const rows = db.select().from(issuedMinutes).where(eq(issuedMinutes.auditId, audit.id)).orderBy(asc(issuedMinutes.revision)).all();
  const signers = readMinutesSigners(db, audit.id);
  return {
    auditId: audit.id,
    kind: audit.kind,
    title: audit.title,
    unitName: unit?.name ?? '',
    status: audit.status,
    issueBlockers: [
      ...(readSetupStatus(db).completed ? [] : [setupRequired]),
      ...issueBlockers(audit.status, readParticipants(db, audit.id), firstMinutesCode(db, audit.id)),
    ],
    signers: signers.map((signer) => ({
      key: signer.key,
      side: signer.side,
      role: signer.role,
      fullName: signer.fullName,
      personId: signer.personId,
      hasSignatureImage: signer.imageSha256 !== null,
    })),
    issued: await Promise.all(rows.map((row) => issuedMinutesView(ctx.config.dataDir, db, row, audit.kind, signers))),
  };
};

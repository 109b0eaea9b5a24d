import { X509Certificate } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { trustedCertificates } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { TrustedCertificateView } from '../../../shared/contract/signing';
import { conflict, invalid, issue, text } from '../../api/errors';
import type { RefusalText } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { certificateDetails } from '../../signing/certificates/certificateDetails';

type TrustedRow = typeof trustedCertificates.$inferSelect;

const invalidCertificateFile = (message: RefusalText) => invalid(message, [issue('cerBase64', message)]);

const view = (row: TrustedRow): TrustedCertificateView => ({
  id: row.id,
  subjectName: row.subjectName,
  notAfter: row.notAfter,
  fingerprintSha256: row.fingerprintSha256,
  createdAt: row.createdAt,
});

export function readTrustList(db: AppDatabase): TrustedRow[] {
  return db.select().from(trustedCertificates).orderBy(asc(trustedCertificates.subjectName), asc(trustedCertificates.fingerprintSha256)).all();
}

export const listTrusted: ModuleHandlers<'signing.trustList'>['signing.trustList'] = (ctx) => readTrustList(ctx.store.db).map(view);

/** A .cer file as CAs publish them: DER, or PEM ("-----BEGIN CERTIFICATE-----"). */
function parseCer(bytes: Buffer): X509Certificate {
  const refuse = () => invalidCertificateFile(text('errors.certificate.trustedInvalid'));
  try {
    return new X509Certificate(bytes);
  } catch {
    throw refuse();
  }
}

/** Adds a CA's certificate (a VGCA or NEAC root, or an intermediate the ward chooses to trust). */
export const addTrusted: ModuleHandlers<'signing.trustAdd'>['signing.trustAdd'] = (ctx, input) => {
  const certificate = parseCer(Buffer.from(input.cerBase64, 'base64'));
  const der = certificate.raw;
  const details = certificateDetails(der);
  if (!details.isCa) throw invalidCertificateFile(text('errors.certificate.trustedNotCa'));
  const fingerprintSha256 = certificate.fingerprint256.replace(/:/g, '').toLowerCase();
  const existing = ctx.store.db.select().from(trustedCertificates).where(eq(trustedCertificates.fingerprintSha256, fingerprintSha256)).get();
  if (existing) throw conflict(text('errors.certificate.trustedExists', { name: existing.subjectName }));
  const row = ctx.store.db
    .insert(trustedCertificates)
    .values({ fingerprintSha256, subjectName: details.subjectName, notAfter: details.notAfter, der, createdAt: ctx.now().toISOString() })
    .returning()
    .get();
  recordChange(ctx, { entity: 'trusted_certificate', entityId: row.id, action: 'create', changes: { subjectName: row.subjectName, fingerprintSha256 } });
  return view(row);
};

export const removeTrusted: ModuleHandlers<'signing.trustRemove'>['signing.trustRemove'] = (ctx, input) => {
  const row = ctx.store.db.select().from(trustedCertificates).where(eq(trustedCertificates.id, input.id)).get();
  if (!row) return { removed: false };
  ctx.store.db.delete(trustedCertificates).where(eq(trustedCertificates.id, input.id)).run();
  recordChange(ctx, { entity: 'trusted_certificate', entityId: row.id, action: 'delete', changes: { subjectName: row.subjectName, fingerprintSha256: row.fingerprintSha256 } });
  return { removed: true };
};

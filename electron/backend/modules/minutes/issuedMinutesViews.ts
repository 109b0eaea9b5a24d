import { asc, eq } from 'drizzle-orm';
import { issuedMinutes, minutesDigitalSignatures } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { IssuedMinutesView, MinutesSignatureFieldView } from '../../../shared/contract/minutes';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import { localDateOf } from '../../../shared/dates';
import { notFound } from '../../api/errors';
import { listSignatureFields } from '../../signing/signatureFields';
import { fileMatches, minutesFilePath, readMinutesFile } from './minutesFiles';
import type { MinutesSigner } from './minutesContent';
import { signatureFieldName } from './signatureBlocks';

export type IssuedMinutesRow = typeof issuedMinutes.$inferSelect;
export type DigitalSignatureRow = typeof minutesDigitalSignatures.$inferSelect;

/** The date the minutes bear; minutes issued before it was kept apart bore their issue day. */
export function minutesDocumentDate(row: IssuedMinutesRow): string {
  return row.documentDate ?? localDateOf(new Date(row.issuedAt));
}

export function readIssuedMinutes(db: AppDatabase, minutesId: string): IssuedMinutesRow {
  const row = db.select().from(issuedMinutes).where(eq(issuedMinutes.id, minutesId)).get();
  if (!row) throw notFound('minutes');
  return row;
}

export function readDigitalSignatures(db: AppDatabase, minutesId: string): DigitalSignatureRow[] {
  return db.select().from(minutesDigitalSignatures).where(eq(minutesDigitalSignatures.minutesId, minutesId)).orderBy(asc(minutesDigitalSignatures.sequence)).all();
}

/** The newest file of a minutes: as issued (version 0), or after its last digital signature. */
export function latestVersion(db: AppDatabase, row: IssuedMinutesRow): { sequence: number; sha256: string } {
  const last = readDigitalSignatures(db, row.id).at(-1);
  return last ? { sequence: last.sequence, sha256: last.signedPdfSha256 } : { sequence: 0, sha256: row.pdfSha256 };
}

export async function readLatestMinutesPdf(dataDir: string, db: AppDatabase, row: IssuedMinutesRow): Promise<{ pdf: Buffer; sequence: number }> {
  const latest = latestVersion(db, row);
  return { pdf: await readMinutesFile(minutesFilePath(dataDir, row, latest.sequence), latest.sha256), sequence: latest.sequence };
}

/** A view of one issued minutes, with its signature blocks as the newest PDF shows them. */
export async function issuedMinutesView(
  dataDir: string,
  db: AppDatabase,
  row: IssuedMinutesRow,
  kind: AuditKind,
  signers: MinutesSigner[],
): Promise<IssuedMinutesView> {
  const latest = latestVersion(db, row);
  const filePath = minutesFilePath(dataDir, row, latest.sequence);
  const fileIntact = await fileMatches(filePath, latest.sha256);
  const fields = fileIntact ? listSignatureFields(await readMinutesFile(filePath, latest.sha256)) : [];
  const supersedes = row.supersedesId ? db.select({ code: issuedMinutes.documentCode }).from(issuedMinutes).where(eq(issuedMinutes.id, row.supersedesId)).get() : undefined;
  const signatureFields: MinutesSignatureFieldView[] = signers.map((signer) => {
    const fieldName = signatureFieldName(signer, kind);
    const field = fields.find((f) => f.name === fieldName);
    return {
      signerKey: signer.key,
      fieldName,
      fullName: signer.fullName,
      signed: field?.signed ?? false,
      signedBy: field?.signerName ?? null,
      signedAt: field?.signedAt ?? null,
    };
  });
  return {
    id: row.id,
    auditId: row.auditId,
    year: row.year,
    number: row.number,
    documentCode: row.documentCode,
    revision: row.revision,
    supersedesId: row.supersedesId,
    supersedesCode: supersedes?.code ?? null,
    documentDate: minutesDocumentDate(row),
    issuedAt: row.issuedAt,
    issuedBy: row.issuedBy,
    contentSha256: row.contentSha256,
    pdfSha256: row.pdfSha256,
    latestSha256: latest.sha256,
    fileIntact,
    signatureFields,
  };
}

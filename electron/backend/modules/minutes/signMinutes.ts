import { minutesDigitalSignatures } from '../../../../db/schema';
import { localize } from '../../../shared/i18n/catalog';
import { AppError, issue, text } from '../../api/errors';
import type { HandlerContext } from '../../api/context';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import type { FieldSignature, FieldSigningInput } from '../../signing/signIntoField';
import { listSignatureFields } from '../../signing/signatureFields';
import { asBuffer } from '../../workers/transferredBytes';
import { backgroundWork } from '../../workers/workerPool';
import { readOrganization } from '../organization/readOrganization';
import { readSettings } from '../organization/readSettings';
import { issuedMinutesView, latestVersion, readIssuedMinutes, readLatestMinutesPdf } from './issuedMinutesViews';
import { readAudit } from './loadMinutesSource';
import { sha256Hex } from './minutesContent';
import { minutesFilePath, removeMinutesFile, writeNewMinutesFile } from './minutesFiles';
import { readMinutesSigners } from './minutesInputs';
import { runSerially } from './serialWrites';
import { signatureFieldName, signerHeading } from './signatureBlocks';
import type { MinutesSigner } from './minutesContent';
import type { SignedMinutesView } from '../../../shared/contract/minutes';
import type { AuditKind } from '../../../shared/contract/vocabulary';

export type MinutesSignature = FieldSignature & { mechanismName?: string };

/**
 * Signs the newest version of issued minutes in one signer's block, with whatever key `sign`
 * brings (a PKCS#12 file or a token), and records who signed with what. A refusal changes nothing:
 * the new file is written only after the key has signed, and removed if the record fails.
 */
export function signMinutesWith(
  ctx: HandlerContext,
  input: { minutesId: string; signerKey: string },
  sign: (fieldInput: FieldSigningInput) => Promise<MinutesSignature>,
): Promise<SignedMinutesView> {
  return runSerially(async () => {
    const db = ctx.store.db;
    const row = readIssuedMinutes(db, input.minutesId);
    const audit = readAudit(db, row.auditId);
    const signers = readMinutesSigners(db, audit.id);
    const signer = signers.find((s) => s.key === input.signerKey);
    if (!signer) throw new AppError('NOT_FOUND', text('errors.minutes.signerUnknown'), [issue('signerKey', text('errors.minutes.signerUnknownShort'))]);
    const fieldName = signatureFieldName(signer, audit.kind);
    const { pdf, sequence } = await readLatestMinutesPdf(ctx.config.dataDir, db, row);
    const field = listSignatureFields(pdf).find((f) => f.name === fieldName);
    if (!field) throw new AppError('CONFLICT', text('errors.minutes.noSignatureField', { code: row.documentCode, name: signer.fullName }));
    if (field.signed) {
      throw new AppError('CONFLICT', text('errors.minutes.alreadySigned', { name: signer.fullName, code: row.documentCode, signer: field.signerName ?? text('errors.minutes.someoneElse') }));
    }
    refuseOutOfOrder(pdf, signers, signer, audit.kind);

    const signingTime = ctx.now();
    const signature = await sign({
      pdf,
      fieldName,
      rect: field.rect,
      reason: localize(text('store.minutesSignReason', { code: row.documentCode })),
      location: readOrganization(db).placeName,
      signingTime,
      resourcesDir: ctx.config.resourcesDir,
      timestampUrl: readSettings(db).timestampServerUrl || null,
    });
    const signed = asBuffer(signature.signed);

    const nextSequence = sequence + 1;
    const filePath = minutesFilePath(ctx.config.dataDir, row, nextSequence);
    await writeNewMinutesFile(filePath, signed);
    try {
      ctx.store.sqlite
        .transaction(() => {
          if (latestVersion(db, row).sequence !== sequence) throw new AppError('CONFLICT', text('errors.minutes.signedMeanwhile'));
          const saved = db
            .insert(minutesDigitalSignatures)
            .values({
              minutesId: row.id,
              sequence: nextSequence,
              signerName: signature.subjectName,
              signedPdfSha256: sha256Hex(signed),
              signedAt: signingTime.toISOString(),
              certificateSerial: signature.serialNumberHex,
              signatureAlgorithm: signature.algorithm,
              tokenMechanism: signature.mechanismName ?? null,
            })
            .returning()
            .get();
          recordChange(ctx, {
            entity: 'minutes_digital_signature',
            entityId: saved.id,
            action: 'create',
            changes: {
              minutesId: row.id,
              field: fieldName,
              signer: signature.subjectName,
              certificateSerial: signature.serialNumberHex,
              algorithm: signature.algorithm,
              ...(signature.mechanismName ? { tokenMechanism: signature.mechanismName } : {}),
              signedPdfSha256: saved.signedPdfSha256,
              timestamp: signature.timestamp,
            },
          });
        })
        .immediate();
    } catch (error) {
      await removeMinutesFile(filePath);
      throw error;
    }
    return { ...(await issuedMinutesView(ctx.config.dataDir, db, row, audit.kind, signers)), timestamp: signature.timestamp };
  });
}

/**
 * The blocks are signed one after another in their order in the minutes: a signer whose turn has
 * not come is told who must sign first.
 */
function refuseOutOfOrder(pdf: Buffer, signers: MinutesSigner[], signer: MinutesSigner, kind: AuditKind): void {
  const waiting = new Set(listSignatureFields(pdf).flatMap((f) => (f.signed ? [] : [f.name])));
  const first = signers.slice(0, signers.indexOf(signer)).find((earlier) => waiting.has(signatureFieldName(earlier, kind)));
  if (first) {
    throw new AppError(
      'CONFLICT',
      text('signingRules.errors.outOfOrder', { name: signer.fullName, first: first.fullName, heading: signerHeading(first, kind).replace(/\n/g, ' ') }),
      [issue('signerKey', text('signingRules.waitingFor', { name: first.fullName }))],
    );
  }
}

/** Signs with a PKCS#12 file; the password lives only for this call: it is not stored, logged or returned. */
export const signMinutes: ModuleHandlers<'minutes.sign'>['minutes.sign'] = (ctx, input) =>
  signMinutesWith(ctx, input, (fieldInput) =>
    backgroundWork.run('signing.signPkcs12', { ...fieldInput, p12: Buffer.from(input.p12Base64, 'base64'), password: input.password }),
  );

import { DOCUMENT_FONT, renderPdf } from '../documents';
import { asBuffer } from '../workers/transferredBytes';
import { signatureAppearanceDocument } from './signatureAppearance';
import type { TimestampOutcome } from './padesSigner';
import type { SignatureAlgorithm, SignerKey } from './signerKey';
import { signPdf } from './signPdf';

/** What every way of signing needs besides the key: the document, the field and the signature's claims. */
export interface FieldSigningInput {
  pdf: Uint8Array;
  fieldName: string;
  /** The unsigned field's rectangle, which the visible stamp fills. */
  rect: [number, number, number, number];
  reason: string;
  location: string;
  signingTime: Date;
  resourcesDir: string;
  /** The RFC 3161 timestamp server set in Cài đặt, or null: the signature is then B-B. */
  timestampUrl: string | null;
}

export interface FieldSignature {
  signed: Uint8Array;
  subjectName: string;
  serialNumberHex: string;
  algorithm: SignatureAlgorithm;
  timestamp: TimestampOutcome;
}

/** Draws the visible stamp for the signer and signs the field with the key, as an incremental update. */
export async function signIntoField(key: SignerKey, input: FieldSigningInput): Promise<FieldSignature> {
  const [x1, y1, x2, y2] = input.rect;
  const appearancePdf = await renderPdf(
    signatureAppearanceDocument({ signerName: key.subjectName, signedAt: input.signingTime, width: x2 - x1, height: y2 - y1, font: DOCUMENT_FONT }),
    input.resourcesDir,
  );
  const { signed, timestamp } = await signPdf({
    pdf: asBuffer(input.pdf),
    identity: key,
    fieldName: input.fieldName,
    appearancePdf,
    reason: input.reason,
    location: input.location,
    signingTime: input.signingTime,
    timestamp: input.timestampUrl ? { url: input.timestampUrl } : null,
  });
  return { signed, subjectName: key.subjectName, serialNumberHex: key.serialNumberHex, algorithm: key.algorithm, timestamp };
}

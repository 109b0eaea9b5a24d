import { DOCUMENT_FONT, renderPdf } from '../documents';
import { asBuffer } from '../workers/transferredBytes';
import { signatureAppearanceDocument } from './signatureAppearance';
import { openSigningIdentity } from './signingIdentity';
import { signPdf } from './signPdf';

export interface Pkcs12SigningInput {
  pdf: Uint8Array;
  p12: Uint8Array;
  /** Lives only for this call: never stored, logged or returned. */
  password: string;
  fieldName: string;
  /** The unsigned field's rectangle, which the visible stamp fills. */
  rect: [number, number, number, number];
  reason: string;
  location: string;
  signingTime: Date;
  resourcesDir: string;
}

export interface Pkcs12Signature {
  signed: Uint8Array;
  subjectName: string;
  serialNumberHex: string;
}

/**
 * Opens the PKCS#12 file, draws the visible stamp and signs the field; runs on a worker thread. A
 * certificate that cannot sign is refused with the same message as on the API thread.
 */
export async function signWithPkcs12(input: Pkcs12SigningInput): Promise<Pkcs12Signature> {
  const identity = openSigningIdentity(asBuffer(input.p12), input.password, input.signingTime);
  const [x1, y1, x2, y2] = input.rect;
  const appearancePdf = await renderPdf(
    signatureAppearanceDocument({ signerName: identity.subjectName, signedAt: input.signingTime, width: x2 - x1, height: y2 - y1, font: DOCUMENT_FONT }),
    input.resourcesDir,
  );
  const signed = await signPdf({
    pdf: asBuffer(input.pdf),
    identity,
    fieldName: input.fieldName,
    appearancePdf,
    reason: input.reason,
    location: input.location,
    signingTime: input.signingTime,
  });
  return { signed, subjectName: identity.subjectName, serialNumberHex: identity.serialNumberHex };
}

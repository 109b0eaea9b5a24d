import { SignPdf } from '@signpdf/signpdf';
import { DEFAULT_BYTE_RANGE_PLACEHOLDER, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { importPageAsFormXObject } from './importFormXObject';
import { IncrementalUpdate } from './incrementalUpdate';
import { PadesSigner } from './padesSigner';
import type { TimestampOutcome, TimestampSource } from './padesSigner';
import { PdfFile } from './pdfFile';
import { PdfString, serializeValue } from './pdfSyntax';
import type { PdfValue } from './pdfSyntax';
import { SignatureForm } from './signatureFields';
import type { SignaturePlacement } from './signatureFields';
import type { SignerKey } from './signerKey';

export interface SignPdfInput {
  pdf: Buffer;
  identity: SignerKey;
  /** Signs into the unsigned field of this name; without one, a new field is made at `placement`. */
  fieldName: string;
  placement?: SignaturePlacement;
  /** A one-page PDF the size of the field's rectangle, drawn with the app's fonts: the visible signature. */
  appearancePdf: Buffer;
  reason: string;
  location: string;
  signingTime: Date;
  /** The TSA to timestamp the signature with (PAdES B-T), or null for B-B. */
  timestamp?: TimestampSource | null;
}

export interface SignedPdf {
  signed: Buffer;
  timestamp: TimestampOutcome;
}

/**
 * Adds one approval signature as an incremental update, then a PAdES CMS over every byte except
 * the /Contents hole: B-T when the TSA answered, else B-B. Earlier signatures keep covering exactly
 * the bytes they covered.
 */
export async function signPdf(input: SignPdfInput): Promise<SignedPdf> {
  const prepared = withSignaturePlaceholder(input);
  const signer = new PadesSigner(input.identity, input.timestamp ?? null);
  const signed = await new SignPdf().sign(prepared, signer, input.signingTime);
  return { signed, timestamp: signer.timestamp };
}

function withSignaturePlaceholder(input: SignPdfInput): Buffer {
  const file = new PdfFile(input.pdf);
  const update = new IncrementalUpdate(file);
  const form = new SignatureForm(file, update);
  const signatureRef = update.allocate();
  update.setRaw(signatureRef, signatureDictionary(input));
  const appearance = importPageAsFormXObject(update, input.appearancePdf);
  const signedParts = new Map<string, PdfValue>([
    ['V', signatureRef],
    ['AP', new Map([['N', appearance.ref]])],
  ]);
  const waiting = form.findUnsigned(input.fieldName);
  if (waiting) {
    update.set(waiting.ref, new Map([...waiting.dict, ...signedParts]));
  } else if (input.placement) {
    form.addField(input.fieldName, input.placement, signedParts);
  } else {
    throw new Error(`No unsigned signature field "${input.fieldName}" and no placement for a new one`);
  }
  form.save();
  return update.toBuffer();
}

/** Room a TimeStampToken may take: the TSA's signature, its TSTInfo and its certificate chain. */
const TIMESTAMP_TOKEN_ROOM = 12 * 1024;

/** Room for the CMS: the certificates it carries plus the signature and attributes (and a timestamp), in hex. */
function placeholderBytes(identity: SignerKey, timestamped: boolean): number {
  const certificates = [identity.certificate, ...identity.chain].reduce((sum, der) => sum + der.length, 0);
  return Math.max(8192, Math.ceil((certificates + 4096) / 1024) * 1024) + (timestamped ? TIMESTAMP_TOKEN_ROOM : 0);
}

function signatureDictionary(input: SignPdfInput): Buffer {
  const placeholder = `/${DEFAULT_BYTE_RANGE_PLACEHOLDER}`;
  const text = (value: string) => serializeValue(PdfString.text(value));
  // /ByteRange must precede /Contents: @signpdf looks for the first /Contents after the placeholder.
  return Buffer.from(
    [
      '<<',
      '/Type /Sig',
      '/Filter /Adobe.PPKLite',
      `/SubFilter /${SUBFILTER_ETSI_CADES_DETACHED}`,
      `/ByteRange [0 ${placeholder} ${placeholder} ${placeholder}]`,
      `/Contents <${'0'.repeat(placeholderBytes(input.identity, Boolean(input.timestamp)) * 2)}>`,
      `/M ${serializeValue(new PdfString(Buffer.from(pdfDate(input.signingTime), 'latin1')))}`,
      `/Name ${text(input.identity.subjectName)}`,
      `/Reason ${text(input.reason)}`,
      `/Location ${text(input.location)}`,
      '>>',
    ].join('\n'),
    'latin1',
  );
}

function pdfDate(instant: Date): string {
  return `D:${instant.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

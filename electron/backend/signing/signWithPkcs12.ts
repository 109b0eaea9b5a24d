import { asBuffer } from '../workers/transferredBytes';
import { signIntoField } from './signIntoField';
import type { FieldSigningInput, FieldSignature } from './signIntoField';
import { openSigningIdentity } from './signingIdentity';

export interface Pkcs12SigningInput extends FieldSigningInput {
  p12: Uint8Array;
  /** Lives only for this call: never stored, logged or returned. */
  password: string;
}

/**
 * Opens the PKCS#12 file, draws the visible stamp and signs the field; runs on a worker thread. A
 * certificate that cannot sign is refused with the same message as on the API thread.
 */
export async function signWithPkcs12(input: Pkcs12SigningInput): Promise<FieldSignature> {
  const identity = openSigningIdentity(asBuffer(input.p12), input.password, input.signingTime);
  return signIntoField(identity, input);
}

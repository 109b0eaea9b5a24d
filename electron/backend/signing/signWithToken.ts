import { asBuffer } from '../workers/transferredBytes';
import { signIntoField } from './signIntoField';
import type { FieldSignature, FieldSigningInput } from './signIntoField';
import { loadCryptoki } from './tokens/cryptoki';
import type { CryptokiLoader } from './tokens/cryptoki';
import { openTokenSigner } from './tokens/tokenSigner';

export interface TokenSigningInput extends FieldSigningInput {
  modulePath: string;
  /** The driver's load generation on the API thread (see loadCryptoki). */
  generation?: number;
  tokenSerial: string;
  certificateId: string;
  /** The PIN's UTF-8 bytes, transferred to this thread; zeroed once the token has signed or refused. */
  pin: Uint8Array;
  /** CA certificates (DER) to embed so a verifier can build the chain. */
  chain: Uint8Array[];
}

export interface TokenFieldSignature extends FieldSignature {
  mechanismName: string;
}

/**
 * Signs the field with a key on a PKCS#11 token; runs on a worker thread. The token signs, the key
 * never leaves it; a refusal (wrong PIN, locked or removed token, missing module) changes nothing.
 */
export async function signWithToken(input: TokenSigningInput, load: CryptokiLoader = loadCryptoki): Promise<TokenFieldSignature> {
  const pin = asBuffer(input.pin);
  try {
    const signer = openTokenSigner(load(input.modulePath, input.generation), { tokenSerial: input.tokenSerial, certificateId: input.certificateId, pin });
    try {
      const signature = await signIntoField({ ...signer, chain: input.chain.map(asBuffer) }, input);
      return { ...signature, mechanismName: signer.mechanismName };
    } finally {
      signer.close();
    }
  } finally {
    pin.fill(0);
  }
}

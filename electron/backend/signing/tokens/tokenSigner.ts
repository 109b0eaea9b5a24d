import { X509Certificate, createHash } from 'node:crypto';
import pkcs11js from 'pkcs11js';
import { text } from '../../api/errors';
import type { MessageParam } from '../../../shared/i18n/catalog';
import type { SignerKey } from '../signerKey';
import { certificateDetails } from '../certificates/certificateDetails';
import type { Cryptoki } from './cryptoki';
import { pkcs11Code, refuseToken, tokenFailure } from './cryptoki';
import { chooseMechanism } from './tokenMechanism';
import type { TokenKeyType, TokenMechanism } from './tokenMechanism';
import { certificateTemplate, findObjects, presentTokens, readAttributes } from './tokenObjects';

export interface TokenKeyChoice {
  tokenSerial: string;
  certificateId: string;
  /** The PIN's UTF-8 bytes; zeroed by close(), whatever happened. */
  pin: Buffer;
}

export interface TokenSigner extends SignerKey {
  /** The CKM_ name of the mechanism the token signs with. */
  mechanismName: string;
  /** Logs out, closes the session and wipes the PIN bytes. */
  close(): void;
}

/** DigestInfo prefix for SHA-256 (RFC 8017 §9.2 note 1), for tokens that only sign raw PKCS#1 blocks. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/**
 * Logs in to the token that holds the chosen certificate and returns a signer whose key stays on
 * the token: the app hashes or passes the data, the token signs it. A wrong PIN is never retried.
 */
export function openTokenSigner(cryptoki: Cryptoki, choice: TokenKeyChoice): TokenSigner {
  let session: pkcs11js.Handle | undefined;
  let loggedIn = false;
  const close = () => {
    choice.pin.fill(0);
    if (!session) return;
    try {
      if (loggedIn) cryptoki.C_Logout(session);
      cryptoki.C_CloseSession(session);
    } catch {
      // A token pulled out has already ended its sessions.
    }
    session = undefined;
  };
  try {
    if (choice.pin.length === 0) throw refuseToken(text('errors.token.pinEmpty'), 'pin');
    const token = presentTokens(cryptoki).find((t) => t.serial === choice.tokenSerial);
    if (!token) throw refuseToken(text('errors.token.tokenRemoved'));
    const openSession = cryptoki.C_OpenSession(token.slot, pkcs11js.CKF_SERIAL_SESSION);
    session = openSession;
    const id = Buffer.from(choice.certificateId, 'hex');
    const [certificateObject] = findObjects(cryptoki, openSession, certificateTemplate(id));
    if (!certificateObject) throw refuseToken(text('errors.token.certificateGone'), 'certificateId');
    const [certificate] = readAttributes(cryptoki, openSession, certificateObject, [pkcs11js.CKA_VALUE]);
    if (token.flags & pkcs11js.CKF_USER_PIN_LOCKED) throw refuseToken(text('errors.token.pinLocked'), 'pin');
    login(cryptoki, openSession, token.slot, choice.pin);
    loggedIn = true;
    const key = findPrivateKey(cryptoki, openSession, id, certificate!);
    const mechanism = chooseMechanism(key.type, cryptoki.C_GetMechanismList(token.slot));
    if (!mechanism) throw refuseToken(text('errors.token.noMechanism'));
    const details = certificateDetails(certificate!);
    return {
      certificate: certificate!,
      chain: [],
      subjectName: details.subjectName,
      serialNumberHex: details.serialNumberHex,
      algorithm: mechanism.algorithm,
      mechanismName: mechanism.name,
      signSha256: async (data) => {
        try {
          return signOnToken(cryptoki, openSession, key, mechanism, choice.pin, data);
        } catch (error) {
          throw tokenFailure(error);
        }
      },
      close,
    };
  } catch (error) {
    close();
    throw tokenFailure(error);
  }
}

function login(cryptoki: Cryptoki, session: pkcs11js.Handle, slot: pkcs11js.Handle, pin: Buffer, userType = pkcs11js.CKU_USER): void {
  try {
    // The binding takes a JS string; it is made here, at the last moment, from bytes wiped after signing.
    cryptoki.C_Login(session, userType, pin.toString('utf8'));
  } catch (error) {
    const code = pkcs11Code(error);
    if (code === pkcs11js.CKR_USER_ALREADY_LOGGED_IN) return;
    if (code === pkcs11js.CKR_PIN_INCORRECT || code === pkcs11js.CKR_PIN_INVALID || code === pkcs11js.CKR_PIN_LEN_RANGE) {
      throw refuseToken(text('errors.token.pinIncorrect', { triesNote: pinWarning(cryptoki, slot) }), 'pin');
    }
    throw error;
  }
}

/** What the token says about the PIN tries left, after a wrong PIN. */
function pinWarning(cryptoki: Cryptoki, slot: pkcs11js.Handle): MessageParam {
  try {
    const { flags } = cryptoki.C_GetTokenInfo(slot);
    if (flags & pkcs11js.CKF_USER_PIN_FINAL_TRY) return text('errors.token.pinFinalTry');
    if (flags & pkcs11js.CKF_USER_PIN_COUNT_LOW) return text('errors.token.pinCountLow');
  } catch {
    // No count to show.
  }
  return '';
}

interface TokenPrivateKey {
  handle: pkcs11js.Handle;
  type: TokenKeyType;
  alwaysAuthenticate: boolean;
}

/** The private key with the certificate's CKA_ID, checked against the certificate's public key. */
function findPrivateKey(cryptoki: Cryptoki, session: pkcs11js.Handle, id: Buffer, certificate: Buffer): TokenPrivateKey {
  const handles = findObjects(cryptoki, session, [
    { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
    { type: pkcs11js.CKA_ID, value: id },
  ]);
  const publicKey = new X509Certificate(certificate).publicKey;
  const jwk = publicKey.export({ format: 'jwk' });
  for (const handle of handles) {
    const [keyType] = readAttributes(cryptoki, session, handle, [pkcs11js.CKA_KEY_TYPE]);
    const type = ulong(keyType!);
    const alwaysAuthenticate = readFlag(cryptoki, session, handle, pkcs11js.CKA_ALWAYS_AUTHENTICATE);
    if (type === pkcs11js.CKK_RSA && publicKey.asymmetricKeyType === 'rsa') {
      const [modulus] = readAttributes(cryptoki, session, handle, [pkcs11js.CKA_MODULUS]);
      if (!Buffer.from(jwk.n!, 'base64url').equals(stripLeadingZeros(modulus!))) continue;
      const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
      if (bits < 2048) throw refuseToken(text('errors.token.rsaTooShort', { bits }));
      return { handle, type: 'RSA', alwaysAuthenticate };
    }
    if (type === pkcs11js.CKK_EC && publicKey.asymmetricKeyType === 'ec') return { handle, type: 'EC', alwaysAuthenticate };
    if (type !== pkcs11js.CKK_RSA && type !== pkcs11js.CKK_EC) throw refuseToken(text('errors.token.keyTypeUnsupported'));
  }
  throw refuseToken(text('errors.token.noKeyForCertificate'), 'certificateId');
}

/** A CK_ULONG as the module's platform lays it out: 8 bytes on 64-bit Linux, 4 on Windows. */
const ulong = (bytes: Buffer) => (bytes.length === 8 ? Number(bytes.readBigUInt64LE()) : bytes.readUInt32LE());

function readFlag(cryptoki: Cryptoki, session: pkcs11js.Handle, handle: pkcs11js.Handle, type: number): boolean {
  try {
    const [value] = readAttributes(cryptoki, session, handle, [type]);
    return value!.length > 0 && value![0] !== 0;
  } catch {
    return false;
  }
}

const stripLeadingZeros = (bytes: Buffer) => {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return bytes.subarray(start);
};

function signOnToken(cryptoki: Cryptoki, session: pkcs11js.Handle, key: TokenPrivateKey, mechanism: TokenMechanism, pin: Buffer, data: Buffer): Buffer {
  const digest = createHash('sha256').update(data).digest();
  const input = mechanism.hashesOnToken ? data : mechanism.name === 'CKM_RSA_PKCS' ? Buffer.concat([SHA256_DIGEST_INFO, digest]) : digest;
  cryptoki.C_SignInit(session, mechanism.mechanism, key.handle);
  // CKA_ALWAYS_AUTHENTICATE keys want the PIN again for each signature (PKCS#11 v2.40 §5.1).
  if (key.alwaysAuthenticate) cryptoki.C_Login(session, pkcs11js.CKU_CONTEXT_SPECIFIC, pin.toString('utf8'));
  const signature = cryptoki.C_Sign(session, input, Buffer.alloc(1024));
  return key.type === 'EC' ? ecdsaDer(signature) : Buffer.from(signature);
}

/** PKCS#11 returns ECDSA signatures as r‖s; CMS wants SEQUENCE { r INTEGER, s INTEGER }. */
function ecdsaDer(raw: Buffer): Buffer {
  const half = raw.length / 2;
  const integer = (bytes: Buffer) => {
    const trimmed = stripLeadingZeros(bytes);
    const value = trimmed[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed;
    return Buffer.concat([Buffer.from([0x02, value.length]), value]);
  };
  const body = Buffer.concat([integer(raw.subarray(0, half)), integer(raw.subarray(half))]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';

/**
 * A package protected by a password is the plain package zip encrypted whole with AES-256-GCM, the key derived
 * from the password by scrypt with a random salt. Layout: MAGIC, one header line of JSON (salt, IV, scrypt
 * parameters), the ciphertext, the 16-byte GCM tag. The password itself is never written anywhere.
 */
const MAGIC = Buffer.from('KTCCHC-GOI-MA-HOA\n', 'utf8');
const TAG_BYTES = 16;
const HEADER_LIMIT = 1024;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;

interface CipherHeader {
  v: 1;
  salt: string;
  iv: string;
  N: number;
  r: number;
  p: number;
}

const deriveKey = (password: string, salt: Buffer, params: { N: number; r: number; p: number }) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, 32, { ...params, maxmem: 128 * params.N * params.r * 2 }, (error, key) => (error ? reject(error) : resolve(key))),
  );

export async function encryptFile(source: string, target: string, password: string): Promise<void> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(password, salt, SCRYPT);
  const header: CipherHeader = { v: 1, salt: salt.toString('base64'), iv: iv.toString('base64'), ...SCRYPT };
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const out = fs.createWriteStream(target, { flags: 'wx' });
  out.write(Buffer.concat([MAGIC, Buffer.from(`${JSON.stringify(header)}\n`, 'utf8')]));
  await pipeline(fs.createReadStream(source), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), (error?: Error | null) => (error ? reject(error) : resolve())));
}

/** True when the file starts as an encrypted package. */
export function isEncrypted(filePath: string): boolean {
  const handle = fs.openSync(filePath, 'r');
  try {
    const start = Buffer.alloc(MAGIC.length);
    const read = fs.readSync(handle, start, 0, MAGIC.length, 0);
    return read === MAGIC.length && start.equals(MAGIC);
  } finally {
    fs.closeSync(handle);
  }
}

export class WrongPassword extends Error {}
export class NotAPackage extends Error {}

/**
 * Decrypts to `target`, streaming. The tag is read first (it is at the end), so a wrong password or a changed
 * byte fails at the end of the stream; the caller removes `target` then.
 */
export async function decryptFile(source: string, target: string, password: string): Promise<void> {
  const size = fs.statSync(source).size;
  const handle = fs.openSync(source, 'r');
  let header: CipherHeader;
  let bodyStart: number;
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    const head = Buffer.alloc(Math.min(HEADER_LIMIT, size));
    fs.readSync(handle, head, 0, head.length, 0);
    const lineEnd = head.indexOf(0x0a, MAGIC.length);
    if (lineEnd < 0) throw new NotAPackage('encrypted header unreadable');
    try {
      header = JSON.parse(head.subarray(MAGIC.length, lineEnd).toString('utf8')) as CipherHeader;
    } catch {
      throw new NotAPackage('encrypted header unreadable');
    }
    bodyStart = lineEnd + 1;
    if (size - TAG_BYTES <= bodyStart) throw new WrongPassword('truncated');
    fs.readSync(handle, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    fs.closeSync(handle);
  }
  if (header.v !== 1 || ![header.N, header.r, header.p].every((n) => Number.isInteger(n) && n > 0) || header.N > 2 ** 20) throw new NotAPackage('encrypted header unreadable');
  const key = await deriveKey(password, Buffer.from(header.salt, 'base64'), header);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
  decipher.setAuthTag(tag);
  try {
    await pipeline(fs.createReadStream(source, { start: bodyStart, end: size - TAG_BYTES - 1 }), decipher, fs.createWriteStream(target, { flags: 'wx' }));
  } catch (error) {
    if ((error as Error).message.includes('auth') || (error as NodeJS.ErrnoException).code === 'ERR_CRYPTO_INVALID_TAG') throw new WrongPassword('authentication failed');
    throw error;
  }
}

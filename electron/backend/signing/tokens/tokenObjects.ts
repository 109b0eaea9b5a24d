import pkcs11js from 'pkcs11js';
import type { Cryptoki } from './cryptoki';

/** Every object matching the template, read in pages so large tokens do not need one big call. */
export function findObjects(cryptoki: Cryptoki, session: pkcs11js.Handle, template: pkcs11js.Attribute[]): pkcs11js.Handle[] {
  cryptoki.C_FindObjectsInit(session, template);
  try {
    const found: pkcs11js.Handle[] = [];
    for (let page = cryptoki.C_FindObjects(session, 32); page.length > 0; page = cryptoki.C_FindObjects(session, 32)) found.push(...page);
    return found;
  } finally {
    cryptoki.C_FindObjectsFinal(session);
  }
}

export function readAttributes(cryptoki: Cryptoki, session: pkcs11js.Handle, object: pkcs11js.Handle, types: number[]): Buffer[] {
  return cryptoki.C_GetAttributeValue(session, object, types.map((type) => ({ type }))).map((attribute) => attribute.value as Buffer);
}

/** PKCS#11 pads its fixed-length text fields with spaces. */
export const paddedText = (value: string) => value.replace(/\0/g, '').trim();

/** The slots that hold an initialised token, with its label and serial (slot ids change between sessions; serials do not). */
export function presentTokens(cryptoki: Cryptoki): Array<{ slot: pkcs11js.Handle; label: string; serial: string; flags: number }> {
  return cryptoki.C_GetSlotList(true).flatMap((slot) => {
    const info = cryptoki.C_GetTokenInfo(slot);
    if (!(info.flags & pkcs11js.CKF_TOKEN_INITIALIZED)) return [];
    return [{ slot, label: paddedText(info.label), serial: paddedText(info.serialNumber), flags: info.flags }];
  });
}

export const certificateTemplate = (id?: Buffer): pkcs11js.Attribute[] => [
  { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
  { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
  ...(id ? [{ type: pkcs11js.CKA_ID, value: id }] : []),
];

export function withSession<T>(cryptoki: Cryptoki, slot: pkcs11js.Handle, work: (session: pkcs11js.Handle) => T): T {
  const session = cryptoki.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
  try {
    return work(session);
  } finally {
    try {
      cryptoki.C_CloseSession(session);
    } catch {
      // A token pulled out mid-call has already closed its sessions.
    }
  }
}

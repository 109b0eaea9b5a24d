import fs from 'node:fs';
import type pkcs11js from 'pkcs11js';
import { AppError, issue, text } from '../../api/errors';
import type { RefusalText } from '../../api/errors';
import { pkcs11Library } from '../signingLibraries';

/** The part of a PKCS#11 module the app calls; tests put a wrapper here to return codes SoftHSM2 never gives. */
export type Cryptoki = Pick<
  pkcs11js.PKCS11,
  | 'C_GetSlotList'
  | 'C_GetTokenInfo'
  | 'C_GetMechanismList'
  | 'C_OpenSession'
  | 'C_CloseSession'
  | 'C_Login'
  | 'C_Logout'
  | 'C_FindObjectsInit'
  | 'C_FindObjects'
  | 'C_FindObjectsFinal'
  | 'C_GetAttributeValue'
  | 'C_SignInit'
  | 'C_Sign'
>;

export type CryptokiLoader = (modulePath: string, generation?: number) => Cryptoki;

const loaded = new Map<string, { module: pkcs11js.PKCS11; generation: number }>();

export const refuseToken = (message: RefusalText, path = 'token') => new AppError('VALIDATION', message, [issue(path, message)]);

/**
 * Loads and initialises a module once per thread and keeps it: some drivers (Bit4id) crash when
 * C_Initialize and C_Finalize repeat. Many modules (SoftHSM2 among them) read their slots only at
 * C_Initialize, so "Tìm lại thiết bị" raises the generation and each thread reloads once for it.
 * A missing or foreign file is refused before dlopen sees it.
 */
export const loadCryptoki: CryptokiLoader = (modulePath, generation = 0) => {
  const known = loaded.get(modulePath);
  if (known && known.generation >= generation) return known.module;
  if (known) unloadCryptoki(modulePath);
  if (!fs.existsSync(modulePath)) throw refuseToken(text('errors.token.moduleMissing', { path: modulePath }), 'modulePath');
  const { PKCS11, CKR_CRYPTOKI_ALREADY_INITIALIZED } = pkcs11Library();
  const module = new PKCS11();
  try {
    module.load(modulePath);
  } catch {
    throw refuseToken(text('errors.token.moduleUnloadable', { path: modulePath }), 'modulePath');
  }
  try {
    module.C_Initialize();
  } catch (error) {
    if (pkcs11Code(error) !== CKR_CRYPTOKI_ALREADY_INITIALIZED) {
      module.close();
      throw refuseToken(text('errors.token.moduleUnloadable', { path: modulePath }), 'modulePath');
    }
  }
  loaded.set(modulePath, { module, generation });
  return module;
};

/** Finalises and unloads a module, so the next load sees the tokens plugged in now. */
export function unloadCryptoki(modulePath: string): void {
  const module = loaded.get(modulePath)?.module;
  if (!module) return;
  loaded.delete(modulePath);
  try {
    module.C_Finalize();
  } finally {
    module.close();
  }
}

/** The CKR_ code of an error the binding threw, or undefined for anything else. */
export function pkcs11Code(error: unknown): number | undefined {
  return error instanceof pkcs11Library().Pkcs11Error ? error.code : undefined;
}

/** The codes that mean the token (or its session) is gone. */
function tokenRemoved(code: number): boolean {
  const library = pkcs11Library();
  return [
    library.CKR_DEVICE_REMOVED,
    library.CKR_TOKEN_NOT_PRESENT,
    library.CKR_TOKEN_NOT_RECOGNIZED,
    library.CKR_SLOT_ID_INVALID,
    library.CKR_SESSION_HANDLE_INVALID,
    library.CKR_SESSION_CLOSED,
    library.CKR_DEVICE_ERROR,
  ].includes(code);
}

/** A module's failure as the user should read it; nothing has been signed when any of these is thrown. */
export function tokenFailure(error: unknown): Error {
  if (error instanceof AppError) return error;
  const code = pkcs11Code(error);
  if (code === undefined) return error instanceof Error ? error : new Error(String(error));
  if (tokenRemoved(code)) return refuseToken(text('errors.token.tokenRemoved'));
  const { CKR_PIN_LOCKED, CKR_PIN_EXPIRED } = pkcs11Library();
  if (code === CKR_PIN_LOCKED) return refuseToken(text('errors.token.pinLocked'), 'pin');
  if (code === CKR_PIN_EXPIRED) return refuseToken(text('errors.token.pinExpired'), 'pin');
  return refuseToken(text('errors.token.tokenFailed', { code: (error as Error).message }));
}

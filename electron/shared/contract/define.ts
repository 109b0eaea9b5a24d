import * as z from 'zod';
import { vi } from 'zod/locales';
import type { LocalizedText } from '../i18n/catalog';

// Validation messages that no field overrides still reach the user in Vietnamese.
z.config(vi());

/**
 * query: reads only.
 * command: a synchronous write, run by the dispatcher inside one transaction.
 * task: asynchronous work (files, PDFs) that opens its own transaction for the write.
 */
export type MethodKind = 'query' | 'command' | 'task';

export interface MethodOptions {
  /** Writes normally need a chosen local profile so the change log can say who did it. */
  requiresProfile?: boolean;
  /** Still runs when the store failed its integrity check (a restore is how the user gets out of that state). */
  allowedWhenDamaged?: boolean;
}

export interface MethodSpec<Input extends z.ZodType = z.ZodType, Result = unknown, Kind extends MethodKind = MethodKind> {
  readonly kind: Kind;
  readonly input: Input;
  /** One line, in Vietnamese, shown by GET /api. */
  readonly summary: string;
  readonly requiresProfile: boolean;
  readonly allowedWhenDamaged: boolean;
  /** Type-level only: the result the method resolves to. */
  readonly result?: Result;
}

const define =
  <Kind extends MethodKind>(kind: Kind) =>
  <Result>() =>
  <Input extends z.ZodType>(input: Input, summary: string, options: MethodOptions = {}): MethodSpec<Input, Result, Kind> => ({
    kind,
    input,
    summary,
    requiresProfile: options.requiresProfile ?? kind !== 'query',
    allowedWhenDamaged: options.allowedWhenDamaged ?? false,
  });

export const query = define('query');
export const command = define('command');
export const task = define('task');

export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'LOCKED',
  'PROFILE_REQUIRED',
  /** The first-run setup is not finished, so no document may go out under the sample ward's name. */
  'SETUP_REQUIRED',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  /** A bug in the back end: the same call would fail again. */
  'INTERNAL',
  /** The back end could not be reached (transport failure); nothing is known about the call, it may be retried. */
  'UNAVAILABLE',
  /** The store failed its integrity check: nothing more is written to it. */
  'STORE_DAMAGED',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * `message` is the Vietnamese text (the default, and what older clients read); `text` names the same
 * message in the catalog, so a client renders it in its user's language.
 */
export interface ApiIssue {
  path: string;
  message: string;
  text?: LocalizedText;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  text?: LocalizedText;
  issues?: ApiIssue[];
}

export type ApiResult<Value> = { ok: true; value: Value } | { ok: false; error: ApiError };

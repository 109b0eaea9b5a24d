import type { ApiResult } from '../../shared/contract';
import type { BackendConfig } from '../api/context';
import type { StartupFailure } from '../startupFailure';

/** What the back end needs to open its store; sent once, first, by the process that started it. */
export interface BackendStart {
  config: BackendConfig;
  /** better-sqlite3 built for the runtime that hosts the back end (Electron's ABI in the desktop app). */
  nativeBinding?: string;
}

/** The environment variable by which the main process names the folder for the back end's code cache (requireWithCodeCache.ts). */
export const CODE_CACHE_DIR_VARIABLE = 'KIEM_TRA_CODE_CACHE_DIR';

/** From the main process to the back-end process. */
export type ToBackend =
  | { kind: 'start'; start: BackendStart }
  | { kind: 'call'; id: number; method: string; input: unknown }
  | { kind: 'close' };

/** From the back-end process to the main process. */
export type FromBackend =
  | { kind: 'ready' }
  | { kind: 'startFailed'; failure: StartupFailure }
  | { kind: 'result'; id: number; result: ApiResult<unknown> }
  | { kind: 'closed' };

const kindOf = (message: unknown): unknown => (typeof message === 'object' && message !== null ? (message as { kind?: unknown }).kind : undefined);

/** Messages cross by structured clone between two processes of ours; anything else is ignored, never trusted. */
export function isFromBackend(message: unknown): message is FromBackend {
  const kind = kindOf(message);
  if (kind === 'result') return Number.isInteger((message as { id: unknown }).id) && typeof (message as { result: unknown }).result === 'object';
  if (kind === 'startFailed') return typeof (message as { failure: unknown }).failure === 'object';
  return kind === 'ready' || kind === 'closed';
}

export function isToBackend(message: unknown): message is ToBackend {
  const kind = kindOf(message);
  if (kind === 'call') return Number.isInteger((message as { id: unknown }).id) && typeof (message as { method: unknown }).method === 'string';
  if (kind === 'start') return typeof (message as { start: unknown }).start === 'object';
  return kind === 'close';
}

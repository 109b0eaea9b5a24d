import { StoreOpenError } from '../../db/store';
import { localize } from '../shared/i18n/catalog';
import { text } from './api/errors';
import { unexpectedStartupFailure } from './unexpectedStartupFailure';

export interface StartupFailure {
  title: string;
  /** Vietnamese, for the user: what happened and what to do. Never an English stack. */
  detail: string;
}

/** What both hosts (the web host's console, the desktop's dialog) tell the user when the back end cannot start. */
export function describeStartupFailure(error: unknown): StartupFailure {
  if (error instanceof StoreOpenError) return { title: localize(text('startup.storeNotOpened')), detail: error.message };
  return unexpectedStartupFailure(error);
}

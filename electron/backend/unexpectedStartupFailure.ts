import { localize } from '../shared/i18n/catalog';
import { text } from './api/errors';
import type { StartupFailure } from './startupFailure';

/** Any startup failure other than a store the app must not open (that one carries its own report). */
export function unexpectedStartupFailure(error: unknown): StartupFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: localize(text('startup.failedTitle')),
    detail: localize(text('startup.failedDetail', { reason })),
  };
}

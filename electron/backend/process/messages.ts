import { localize } from '../../shared/i18n/catalog';
import { text } from '../api/errors';
import type { StartupFailure } from '../startupFailure';

const exitCode = (code: number | null) => code ?? text('startup.process.unknownCode');

/** What the user reads when the back-end process cannot answer: no UI language is known here, so Vietnamese from the catalog. */
export const processMessages = {
  ended: localize(text('startup.process.ended')),
  timedOut: (seconds: number) => localize(text('startup.process.timedOut', { seconds })),
  closing: localize(text('startup.process.closing')),
  notStarted: localize(text('startup.process.notStarted')),
  internal: localize(text('startup.process.internal')),
  exitedAtStart: (code: number | null): StartupFailure => ({
    title: localize(text('startup.failedTitle')),
    detail: localize(text('startup.process.exitedAtStart', { code: exitCode(code) })),
  }),
  crashed: (code: number | null): StartupFailure => ({
    title: localize(text('startup.process.crashedTitle')),
    detail: localize(text('startup.process.crashed', { code: exitCode(code) })),
  }),
  startTimedOut: (seconds: number): StartupFailure => ({
    title: localize(text('startup.failedTitle')),
    detail: localize(text('startup.process.startTimedOut', { seconds })),
  }),
};

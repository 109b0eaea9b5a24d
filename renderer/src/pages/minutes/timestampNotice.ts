import type { SignatureTimestampView } from '../../../../electron/shared/contract/signing';
import { formatInstant } from '../../../../electron/shared/dates';
import type { useI18n } from '../../i18n/I18nProvider';

type Translate = ReturnType<typeof useI18n>['t'];

const failureKey = {
  UNREACHABLE: 'signingRules.timestamp.unreachable',
  REFUSED: 'signingRules.timestamp.refused',
  INVALID: 'signingRules.timestamp.invalid',
} as const;

/** What became of a new signature's timestamp, said plainly: B-T with its time, or B-B and why. */
export function timestampNotice(t: Translate, timestamp: SignatureTimestampView): { color: 'green' | 'yellow'; message: string } {
  switch (timestamp.status) {
    case 'ADDED':
      return { color: 'green', message: t('signingRules.timestamp.added', { time: formatInstant(timestamp.time), authority: timestamp.authority }) };
    case 'NOT_SET':
      return { color: 'yellow', message: t('signingRules.timestamp.notSet') };
    case 'FAILED':
      return { color: 'yellow', message: t(failureKey[timestamp.failure], { url: timestamp.url }) };
  }
}

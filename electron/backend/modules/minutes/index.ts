import type { ModuleHandlers } from '../../api/handlers';
import { draftMinutes } from './draftMinutes';
import { correctMinutes } from './correctMinutes';
import { issueMinutes } from './issueMinutes';
import { draftMinutesDocx, openMinutesDocx } from './minutesDocx';
import { minutesOverview } from './minutesOverview';
import { openMinutes } from './openMinutes';
import { signMinutes } from './signMinutes';
import { signMinutesWithToken } from './signMinutesWithToken';
import { verifyMinutesSignatures } from './verifyMinutesSignatures';

export const minutesHandlers: ModuleHandlers<'minutes.overview' | 'minutes.draft' | 'minutes.issue' | 'minutes.correct' | 'minutes.open' | 'minutes.draftDocx' | 'minutes.openDocx' | 'minutes.sign' | 'minutes.signWithToken' | 'minutes.verifySignatures'> = {
  'minutes.overview': minutesOverview,
  'minutes.draft': draftMinutes,
  'minutes.issue': issueMinutes,
  'minutes.correct': correctMinutes,
  'minutes.open': openMinutes,
  'minutes.draftDocx': draftMinutesDocx,
  'minutes.openDocx': openMinutesDocx,
  'minutes.sign': signMinutes,
  'minutes.signWithToken': signMinutesWithToken,
  'minutes.verifySignatures': verifyMinutesSignatures,
};

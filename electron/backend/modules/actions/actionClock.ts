import { addDays, localDateOf, zoneOffsetMs } from '../../../shared/dates';
import type { HandlerContext } from '../../api/context';
import { readSettings } from '../organization/readSettings';

/** "Today" in Asia/Ho_Chi_Minh and the due-soon window, fixed for one request. */
export interface ActionClock {
  today: string;
  dueSoonDays: number;
  /** The last day that counts as due soon. */
  dueSoonUntil: string;
}

export function actionClock(ctx: HandlerContext): ActionClock {
  const today = localDateOf(ctx.now());
  const { dueSoonDays } = readSettings(ctx.store.db);
  return { today, dueSoonDays, dueSoonUntil: addDays(today, dueSoonDays) };
}

/** The instant (ISO, UTC) a calendar day begins in Asia/Ho_Chi_Minh, to compare with stored instants in SQL. */
export function localDayStart(isoDate: string): string {
  const midday = new Date(`${isoDate}T12:00:00Z`);
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - zoneOffsetMs(midday)).toISOString();
}

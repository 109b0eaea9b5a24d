import { builtOnFirstUse } from './builtOnFirstUse';

/** Dates are shown and reasoned about in the ward's time zone, whatever the machine's clock zone is. */
export const APP_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormatter = builtOnFirstUse(
  () =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: APP_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }),
);

const offsetFormatter = builtOnFirstUse(() => new Intl.DateTimeFormat('en-US', { timeZone: APP_TIME_ZONE, timeZoneName: 'longOffset' }));

/** The zone's offset from UTC at an instant, in ms ("GMT+07:00", or "GMT" for none). */
export function zoneOffsetMs(instant: Date): number {
  const name = offsetFormatter().formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  // Stryker disable next-line Regex: Intl writes this zone's offset as GMT+hh:mm or GMT+hh:mm:ss, never bare GMT, so the anchors and the optional group change no match the zone gives
  const [, sign, hours, minutes, seconds] = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name) ?? [];
  // Stryker disable next-line ConditionalExpression: Asia/Ho_Chi_Minh has had an offset from UTC at every instant Intl knows, so a sign is always read
  if (!sign) return 0;
  // Stryker disable next-line ConditionalExpression,StringLiteral,UnaryOperator: Asia/Ho_Chi_Minh has only ever been east of Greenwich, so the sign is always '+'
  return (sign === '-' ? -1 : 1) * ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000;
}

const DAY_MS = 86_400_000;
/** Per UTC day, the zone's offset through the whole day, or null for a day the offset changes in. */
const offsetByUtcDay = new Map<number, number | null>();
const OFFSET_DAYS_KEPT = 50_000;

function offsetThroughUtcDay(day: number): number | null {
  let offset = offsetByUtcDay.get(day);
  // Stryker disable next-line ConditionalExpression: the cache only spares Intl calls; asking Intl every time gives the same offset
  if (offset === undefined) {
    const atStart = zoneOffsetMs(new Date(day * DAY_MS));
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a day wrongly thought to change its offset is answered by Intl, which gives the same date (a wrong offset kept is caught by the test comparing with Intl at the zone's changes); no change of the zone falls within a millisecond of a UTC midnight
    offset = atStart === zoneOffsetMs(new Date(day * DAY_MS + DAY_MS - 1)) ? atStart : null;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the bounded cache is emptied changes only how many Intl calls are spared
    if (offsetByUtcDay.size >= OFFSET_DAYS_KEPT) offsetByUtcDay.clear();
    offsetByUtcDay.set(day, offset);
  }
  return offset;
}

/**
 * The calendar date (yyyy-MM-dd) an instant falls on in Asia/Ho_Chi_Minh. Lists turn thousands of
 * instants into dates, and Intl with a time zone is slow: the zone's offset is asked once per UTC day
 * (twice: at its first and last millisecond; a day whose offset changes goes through Intl).
 */
export function localDateOf(instant: Date): string {
  const ms = instant.getTime();
  const offset = Number.isFinite(ms) ? offsetThroughUtcDay(Math.floor(ms / DAY_MS)) : null;
  const local = offset === null ? null : new Date(ms + offset);
  const year = local?.getUTCFullYear() ?? 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bounds choose between two writings of the same date (toISOString, Intl); they differ only past 9999, which the year-10000 test checks, and in the padding of years before 1000
  return local && year >= 1000 && year <= 9999 ? local.toISOString().slice(0, 10) : dayFormatter().format(instant);
}

const timeFormatter = builtOnFirstUse(
  () => new Intl.DateTimeFormat('en-GB', { timeZone: APP_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
);

/** The time of day (HH:mm) an instant falls on in Asia/Ho_Chi_Minh. */
export function localTimeOf(instant: Date): string {
  return timeFormatter().format(instant);
}

/** yyyy-MM-dd → dd/MM/yyyy. */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** An instant → dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function formatInstant(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: APP_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  // Stryker disable next-line OptionalChaining,StringLiteral: formatToParts always gives day, month, year, hour and minute for these options
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** Every yyyy-MM-dd in free text written dd/MM/yyyy, as documents and screens show dates. */
export function withCalendarDatesFormatted(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_match, year: string, month: string, day: string) => `${day}/${month}/${year}`);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

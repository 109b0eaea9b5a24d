import { formatCalendarDate } from '../../../electron/shared/dates';
import type { MessageKey } from '../../../electron/shared/i18n/catalog';

/** A bound as the date input takes it (yyyy-MM-dd or a Date at local midnight), as yyyy-MM-dd. */
export function boundDay(bound: string | Date | undefined | null): string | null {
  if (!bound) return null;
  if (typeof bound === 'string') return bound.slice(0, 10);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${bound.getFullYear()}-${pad(bound.getMonth() + 1)}-${pad(bound.getDate())}`;
}

/** The message that states the allowed range of a day that falls outside it; null when the day is allowed. */
export function outOfRangeMessage(day: string, min: string | null, max: string | null): { key: MessageKey; params: { min: string; max: string } } | null {
  if ((!min || day >= min) && (!max || day <= max)) return null;
  const params = { min: min ? formatCalendarDate(min) : '', max: max ? formatCalendarDate(max) : '' };
  if (min && max) return { key: 'forms.date.between', params };
  return { key: min ? 'forms.date.notBefore' : 'forms.date.notAfter', params };
}

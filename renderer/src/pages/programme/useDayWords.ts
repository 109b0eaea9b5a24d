import { formatCalendarDate, weekdayOf } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';

/** "Thứ Hai, 23/03/2026" in the interface language. */
export function useDayWords() {
  const { t } = useI18n();
  const weekdays = t('programme.weekdaysLong').split(',');
  return (isoDate: string) => `${weekdays[weekdayOf(isoDate)] ?? ''}, ${formatCalendarDate(isoDate)}`;
}

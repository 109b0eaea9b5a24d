import { formatCalendarDate, localDateOf, localTimeOf } from '../dates';
import type { LocalizedText } from '../i18n/catalog';

/** End of office hours: proposed as the end time of an inspection that ended on an earlier day. */
export const USUAL_END_OF_DAY = '17:00';

/** Now (Asia/Ho_Chi_Minh) when the inspection ends today; else the end of office hours, for the user to confirm. */
export function proposedEndedTime(endDate: string, now: Date): string {
  return endDate === localDateOf(now) ? localTimeOf(now) : USUAL_END_OF_DAY;
}

/** An inspection cannot be recorded as ended before it has: its end date and time must not be in the future. */
export function endedTimeIssue(endDate: string, endedTime: string | null, now: Date): LocalizedText | null {
  const today = localDateOf(now);
  if (endDate > today) return { key: 'auditClosing.endDateAhead', params: { endDate: formatCalendarDate(endDate), today: formatCalendarDate(today) } };
  if (endDate === today && endedTime !== null && endedTime > localTimeOf(now)) {
    return { key: 'auditClosing.endTimeAhead', params: { endedTime, now: localTimeOf(now) } };
  }
  return null;
}

const reasonForms = {
  'auditClosing.endDateAhead': 'auditClosing.endDateAheadReason',
  'auditClosing.endTimeAhead': 'auditClosing.endTimeAheadReason',
} as const;

/** The same issue worded as the reason inside a longer refusal ("… cannot be closed yet: the end time …"). */
export const asClosingReason = (issue: LocalizedText): LocalizedText => ({ ...issue, key: reasonForms[issue.key as keyof typeof reasonForms] ?? issue.key });

import { formatCalendarDate, localDateOf, localTimeOf } from '../dates';

/** End of office hours: proposed as the end time of an inspection that ended on an earlier day. */
export const USUAL_END_OF_DAY = '17:00';

/** Now (Asia/Ho_Chi_Minh) when the inspection ends today; else the end of office hours, for the user to confirm. */
export function proposedEndedTime(endDate: string, now: Date): string {
  return endDate === localDateOf(now) ? localTimeOf(now) : USUAL_END_OF_DAY;
}

/** An inspection cannot be recorded as ended before it has: its end date and time must not be in the future. */
export function endedTimeIssue(endDate: string, endedTime: string | null, now: Date): string | null {
  const today = localDateOf(now);
  if (endDate > today) {
    return `Cuộc kiểm tra kết thúc ngày ${formatCalendarDate(endDate)}, sau hôm nay (${formatCalendarDate(today)}); chưa thể kết thúc trước ngày đó. Nếu cuộc kiểm tra đã xong sớm hơn, hãy sửa ngày kết thúc.`;
  }
  if (endDate === today && endedTime !== null && endedTime > localTimeOf(now)) {
    return `Giờ kết thúc ${endedTime} còn sau giờ hiện tại (${localTimeOf(now)}).`;
  }
  return null;
}

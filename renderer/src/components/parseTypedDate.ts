/**
 * A date typed the Vietnamese way, day first (10/3/2026, 10.03.2026, 10-03-2026), as yyyy-MM-dd;
 * null while it is incomplete or not a real day. Without it the date input would read 10/03 as October 3.
 */
export function parseTypedDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

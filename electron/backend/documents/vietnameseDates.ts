import { weekdayOf } from '../../shared/dates';

/** "ngày 05 tháng 01 năm 2026": days below 10 and months 1–2 keep a leading zero (NĐ 30/2020 Phụ lục I). */
export function dateInWords(isoDate: string): string {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  return `ngày ${day} tháng ${Number(month) <= 2 ? month : String(Number(month))} năm ${year}`;
}

/** "Bắc Hồng Lĩnh, ngày 05 tháng 01 năm 2026", or with dotted day and month while the date is not set (a draft). */
export function placeAndDate(placeName: string, isoDate: string | null, year: number): string {
  return `${placeName}, ${isoDate ? dateInWords(isoDate) : `ngày … tháng … năm ${year}`}`;
}

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export function weekdayName(isoDate: string): string {
  return weekdayNames[weekdayOf(isoDate)]!;
}

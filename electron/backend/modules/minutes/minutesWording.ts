import type { AuditKind, TeamRole } from '../../../shared/contract/vocabulary';
import { formatCalendarDate } from '../../../shared/dates';

/** Document wording (not UI text), as printed on the minutes. */

export const teamRoleNames: Record<TeamRole, string> = {
  truong_doan: 'Trưởng đoàn',
  pho_doan: 'Phó Trưởng đoàn',
  thanh_vien: 'Thành viên',
  thu_ky: 'Thư ký',
};

export const kindWords: Record<AuditKind, { team: string; act: string; subject: string; unitSide: string }> = {
  CCHC: {
    team: 'Đoàn kiểm tra',
    act: 'kiểm tra',
    subject: 'công tác cải cách hành chính',
    unitSide: 'đơn vị được kiểm tra',
  },
  ISO: {
    team: 'Đoàn đánh giá',
    act: 'đánh giá',
    subject: 'hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
    unitSide: 'đơn vị được đánh giá',
  },
};

/** "ngày 24/11/2026" or "từ ngày 24/11/2026 đến ngày 25/11/2026". */
export function periodText(startDate: string, endDate: string): string {
  return startDate === endDate
    ? `ngày ${formatCalendarDate(startDate)}`
    : `từ ngày ${formatCalendarDate(startDate)} đến ngày ${formatCalendarDate(endDate)}`;
}

/** "02 (hai)": the copies, as Vietnamese minutes write them. */
export function copiesInWords(copies: number): string {
  const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
  return `${String(copies).padStart(2, '0')} (${words[copies] ?? String(copies)})`;
}

import { formatCalendarDate } from '../../../shared/dates';

/** The reports module's words and refusals, in Vietnamese; one place, to become catalog keys later. */
export const reportMessages = {
  issuedIsFrozen: (code: string) => `Báo cáo số ${code} đã ban hành: số liệu và lời văn đã chốt. Hãy lập báo cáo thay thế nếu cần sửa.`,
  onlyIssuedReissued: 'Chỉ lập báo cáo thay thế cho báo cáo đã ban hành.',
  alreadyReplaced: (code: string) => `Báo cáo này đã có báo cáo thay thế (${code}).`,
  monthlyReportsOff: 'Báo cáo tháng đang tắt trong Cài đặt → Kỳ báo cáo.',
  unitInactive: 'Đơn vị đã ngừng hoạt động',
  unitLeftScope: 'Không còn thuộc phạm vi kiểm tra CCHC',
  replaces: (code: string, date: string) => `Báo cáo này thay thế Báo cáo số ${code} ngày ${formatCalendarDate(date)}.`,
} as const;

/** Default wording of a new draft's free-text parts, for the user to rewrite. */
export const defaultReportTexts = {
  assessment: 'Ưu điểm: …\nTồn tại, hạn chế: …',
  causes: 'Nguyên nhân khách quan: …\nNguyên nhân chủ quan: …',
  nextTasks: '…',
  recommendations: '…',
  recipients: ['UBND tỉnh (để b/c)', 'Sở Nội vụ (để b/c)', 'Thường trực Đảng ủy phường', 'Chủ tịch, các PCT UBND phường', 'Lưu: VT, VHXH.'],
};

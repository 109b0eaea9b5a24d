import { formatCalendarDate } from '../../../shared/dates';

/** Words the report writes into its figures and its document: Vietnamese whatever the UI language, like the document itself. */
export const reportWords = {
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

import { formatCalendarDate } from '../../../shared/dates';

/** Words the report writes into its figures and its document: Vietnamese whatever the UI language, like the document itself. */
export const reportWords = {
  unitInactive: 'Đơn vị đã ngừng hoạt động',
  unitLeftScope: 'Không còn thuộc phạm vi kiểm tra CCHC',
  unitNotIso: 'Không còn áp dụng ISO 9001',
  charts: {
    byUnit: 'Phát hiện theo cơ quan, đơn vị được kiểm tra',
    comparison: 'So sánh với kỳ trước và cùng kỳ năm trước',
    unit: 'Cơ quan, đơn vị',
    item: 'Chỉ tiêu',
    count: 'Số lượng',
    inspected: 'Cuộc kiểm tra',
    findings: 'Phát hiện',
    opened: 'HĐKP mở mới',
    closed: 'HĐKP hoàn thành',
    current: 'Kỳ này',
    previous: 'Kỳ trước',
    lastYear: 'Cùng kỳ năm trước',
  },
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

/** Default wording of the management-review input an ISO report leaves to the user (ISO 9001:2015 9.3.2). */
export const defaultManagementReviewTexts = {
  previousActions: '…',
  changes: '…',
  satisfaction: '…',
  objectives: '…',
  processPerformance: '…',
  monitoring: '…',
  externalProviders: '…',
  resources: '…',
  risks: '…',
  improvements: '…',
};

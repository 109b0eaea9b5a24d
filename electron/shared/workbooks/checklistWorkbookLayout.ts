import { answerTypes } from '../contract/vocabulary';
import type { AnswerType } from '../contract/vocabulary';
import { vietnamese } from '../i18n/catalog';

// The back end writes and reads this layout; the renderer's import help shows the same sheets,
// columns and answer-type words, so it lives in electron/shared rather than beside the workbook code.

/** The columns of the "Danh mục kiểm tra" sheet, in export order; import finds them by header, in any order. */
export const checklistColumns = [
  { key: 'sectionCode', header: 'Mã phần', required: true, width: 9 },
  { key: 'sectionTitle', header: 'Tên phần', required: true, width: 28 },
  { key: 'code', header: 'Mã câu hỏi', required: true, width: 11 },
  { key: 'reference', header: 'Điều khoản/chỉ tiêu', required: false, width: 12 },
  { key: 'referenceTitle', header: 'Tên điều khoản/chỉ tiêu', required: false, width: 28 },
  { key: 'question', header: 'Câu hỏi', required: true, width: 60 },
  { key: 'evidenceHint', header: 'Bằng chứng cần xem', required: false, width: 40 },
  { key: 'guidance', header: 'Hướng dẫn', required: false, width: 40 },
  { key: 'answerType', header: 'Kiểu trả lời', required: true, width: 15 },
  { key: 'numericUnit', header: 'Đơn vị tính', required: false, width: 10 },
  { key: 'comparator', header: 'Phép so sánh', required: false, width: 10 },
  { key: 'threshold', header: 'Ngưỡng', required: false, width: 9 },
  { key: 'points', header: 'Điểm', required: false, width: 7 },
  { key: 'evidenceRequired', header: 'Bắt buộc bằng chứng', required: false, width: 11 },
  { key: 'usuallyNotApplicable', header: 'Thường không áp dụng', required: false, width: 11 },
  { key: 'notApplicableHint', header: 'Lý do thường không áp dụng', required: false, width: 36 },
  { key: 'retired', header: 'Ngừng sử dụng', required: false, width: 10 },
] as const;
export type ChecklistColumnKey = (typeof checklistColumns)[number]['key'];

export const CHECKLIST_SHEET = 'Danh mục kiểm tra';
export const INFO_SHEET = 'Thông tin';

/**
 * How each answer type is written in the "Kiểu trả lời" column: the catalog's Vietnamese word, whatever the
 * UI language, because the file's format must not change with it.
 */
export const answerTypeWords = Object.fromEntries(answerTypes.map((type) => [type, vietnamese[`checklists.answer.${type}`]])) as Record<AnswerType, string>;

/** The rows of the "Thông tin" sheet: label in column A, value in column B. */
export const infoLabels = {
  code: 'Mã danh mục',
  name: 'Tên danh mục',
  purpose: 'Mục đích (ISO, CCHC, TTHC)',
  year: 'Năm áp dụng',
  description: 'Mô tả',
  version: 'Phiên bản',
  status: 'Trạng thái',
} as const;

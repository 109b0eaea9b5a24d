// The renderer's import help lists these columns too, so the layout lives in electron/shared.

/**
 * Units workbook layout: sheet "Đơn vị" (else the first), headers on row 1 found by name in any order,
 * one unit per row from row 2. "Kiểm tra CCHC" left empty follows the category (target 1.2);
 * "Áp dụng ISO" left empty means Có.
 */
export const UNITS_SHEET = 'Đơn vị';
export const unitColumns = [
  { key: 'code', header: 'Mã đơn vị', required: true },
  { key: 'name', header: 'Tên đơn vị', required: true },
  { key: 'shortName', header: 'Tên viết tắt', required: false },
  { key: 'category', header: 'Loại hình', required: true },
  { key: 'inCchcScope', header: 'Kiểm tra CCHC', required: false },
  { key: 'isoApplying', header: 'Áp dụng ISO', required: false },
] as const;
export type UnitColumnKey = (typeof unitColumns)[number]['key'];

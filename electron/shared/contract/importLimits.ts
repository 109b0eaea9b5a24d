/**
 * How much an imported checklist workbook may hold. A real checklist is a few hundred KB and a few
 * hundred rows; the limits keep a wrong or hostile file from being read whole.
 */
export const checklistImportLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxSheetRows: 5000,
} as const;

const megabytes = (bytes: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
const count = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

export const importLimitMessages = {
  fileTooLarge: (fileName: string, bytes: number) =>
    `Tệp "${fileName}" nặng ${megabytes(bytes)} MB, quá giới hạn ${megabytes(checklistImportLimits.maxFileBytes)} MB của tệp danh mục kiểm tra (thường chỉ vài trăm KB).`,
  base64TooLong: `Tệp lớn hơn ${megabytes(checklistImportLimits.maxFileBytes)} MB; tệp danh mục kiểm tra thường chỉ vài trăm KB`,
  tooManyRows: (fileName: string) =>
    `Tệp "${fileName}" có trang tính dài hơn ${count(checklistImportLimits.maxSheetRows)} dòng, quá giới hạn của một danh mục kiểm tra. Hãy xóa các dòng thừa hoặc tách thành nhiều danh mục.`,
};

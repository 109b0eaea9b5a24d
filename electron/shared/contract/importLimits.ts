import type { NumberParam } from '../i18n/catalog';

/**
 * How much an imported checklist workbook may hold. A real checklist is a few hundred KB and a few
 * hundred rows; the limits keep a wrong or hostile file from being read whole.
 */
export const checklistImportLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxSheetRows: 5000,
} as const;

/** A size in the refusals, in MB with one decimal, written in the reader's language. */
export const megabytes = (bytes: number): NumberParam => ({ amount: bytes / 1024 / 1024, fractionDigits: 1 });

import { z } from 'zod';

export const id = z.uuid({ error: 'Mã định danh không hợp lệ' });

/** Whether a text may span several lines (notes, descriptions); names, codes and titles may not. */
export type TextLines = 'single' | 'multi';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const lineBreaksAndTabs = /[\t\n\r]/;
// Matching control characters is the point of this expression.
// eslint-disable-next-line no-control-regex
const otherControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const bidiOverrides = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * What no text field accepts: a lone surrogate (it cannot be stored as UTF-8), NUL and the other
 * control characters (tab and line breaks only where the text spans lines), and the bidi
 * embeddings, overrides and isolates that make text display in an order other than it is stored.
 */
export function textProblem(value: string, label: string, lines: TextLines): string | null {
  if (loneSurrogate.test(value)) return `${label} chứa ký tự Unicode hỏng (nửa cặp surrogate lẻ)`;
  if (otherControls.test(value)) return `${label} chứa ký tự điều khiển không được phép`;
  if (lines === 'single' && lineBreaksAndTabs.test(value)) return `${label} chỉ được viết trên một dòng, không có dấu xuống dòng hay tab`;
  if (bidiOverrides.test(value)) return `${label} chứa ký tự đảo chiều văn bản (U+202A–U+202E, U+2066–U+2069), không được phép`;
  return null;
}

/** The check every string that takes user text runs, as a zod check. */
export const textCharacters =
  (label: string, lines: TextLines): z.core.CheckFn<string> =>
  (ctx) => {
    const problem = textProblem(ctx.value, label, lines);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false });
  };

/** Every text the user gives: trimmed, checked by textProblem, then stored in Unicode NFC. */
export const userText = (label: string, lines: TextLines = 'single') =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .trim()
    .check(textCharacters(label, lines))
    .normalize('NFC');

export const requiredText = (label: string, max = 500, lines: TextLines = 'single') =>
  userText(label, lines)
    .min(1, { error: `${label} không được để trống` })
    .max(max, { error: `${label} không được dài quá ${max} ký tự` });

export const optionalText = (label: string, max = 2000, lines: TextLines = 'single') =>
  userText(label, lines).max(max, { error: `${label} không được dài quá ${max} ký tự` });

/** A calendar date, yyyy-MM-dd, that exists. */
export const calendarDate = (label: string) =>
  z
    .string({ error: `${label} phải là ngày` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} phải có dạng năm-tháng-ngày` })
    .refine(
      (value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      },
      { error: `${label} không phải là ngày có thật` },
    );

export const year = z
  .number({ error: 'Năm phải là số' })
  .int({ error: 'Năm phải là số nguyên' })
  .min(2000, { error: 'Năm phải từ 2000 trở đi' })
  .max(2100, { error: 'Năm phải trước 2100' });

export const percent = (label: string) =>
  z
    .number({ error: `${label} phải là số` })
    .min(0, { error: `${label} không được nhỏ hơn 0%` })
    .max(100, { error: `${label} không được lớn hơn 100%` });

/** A time of day, HH:mm on the 24-hour clock ("16:30"). */
export const timeOfDay = (label: string) =>
  z.string({ error: `${label} phải là giờ` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} phải có dạng giờ:phút, ví dụ 16:30` });

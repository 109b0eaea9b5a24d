import { z } from 'zod';

export const id = z.uuid({ error: 'Mã định danh không hợp lệ' });

export const requiredText = (label: string, max = 500) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .trim()
    .min(1, { error: `${label} không được để trống` })
    .max(max, { error: `${label} không được dài quá ${max} ký tự` })
    .transform((value) => value.normalize('NFC'));

export const optionalText = (label: string, max = 2000) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .trim()
    .max(max, { error: `${label} không được dài quá ${max} ký tự` })
    .transform((value) => value.normalize('NFC'));

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

import * as z from 'zod';
import type { MessageKey } from '../i18n/catalog';
import { fieldMessage } from '../i18n/fieldMessages';

export const id = z.uuid({ error: () => fieldMessage('fields.idInvalid') });

/** A field's name in the catalog, which its messages name in the user's language. */
export type FieldLabel = Extract<MessageKey, `fieldLabels.${string}`>;
const named = (label: FieldLabel) => ({ label: { key: label } });

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
export function textProblem(value: string, label: FieldLabel, lines: TextLines): string | null {
  if (loneSurrogate.test(value)) return fieldMessage('fields.brokenUnicode', named(label));
  if (otherControls.test(value)) return fieldMessage('fields.controlCharacter', named(label));
  if (lines === 'single' && lineBreaksAndTabs.test(value)) return fieldMessage('fields.singleLine', named(label));
  if (bidiOverrides.test(value)) return fieldMessage('fields.bidi', named(label));
  return null;
}

/** The check every string that takes user text runs, as a zod check. */
export const textCharacters =
  (label: FieldLabel, lines: TextLines): z.core.CheckFn<string> =>
  (ctx) => {
    const problem = textProblem(ctx.value, label, lines);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false });
  };

/** Every text the user gives: trimmed, checked by textProblem, then stored in Unicode NFC. */
export const userText = (label: FieldLabel, lines: TextLines = 'single') =>
  z
    .string({ error: () => fieldMessage('fields.notString', named(label)) })
    .trim()
    .check(textCharacters(label, lines))
    .normalize('NFC');

export const requiredText = (label: FieldLabel, max = 500, lines: TextLines = 'single') =>
  userText(label, lines)
    .min(1, { error: () => fieldMessage('fields.empty', named(label)) })
    .max(max, { error: () => fieldMessage('fields.tooLong', { ...named(label), max }) });

export const optionalText = (label: FieldLabel, max = 2000, lines: TextLines = 'single') =>
  userText(label, lines).max(max, { error: () => fieldMessage('fields.tooLong', { ...named(label), max }) });

/** A calendar date, yyyy-MM-dd, that exists. */
export const calendarDate = (label: FieldLabel) =>
  z
    .string({ error: () => fieldMessage('fields.notDate', named(label)) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => fieldMessage('fields.dateFormat', named(label)) })
    .refine(
      (value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      },
      { error: () => fieldMessage('fields.dateNotReal', named(label)) },
    );

export const year = z
  .number({ error: () => fieldMessage('fields.yearNumber') })
  .int({ error: () => fieldMessage('fields.yearInteger') })
  .min(2000, { error: () => fieldMessage('fields.yearMin') })
  .max(2100, { error: () => fieldMessage('fields.yearMax') });

export const percent = (label: FieldLabel) =>
  z
    .number({ error: () => fieldMessage('fields.notNumber', named(label)) })
    .min(0, { error: () => fieldMessage('fields.percentMin', named(label)) })
    .max(100, { error: () => fieldMessage('fields.percentMax', named(label)) });

/** A time of day, HH:mm on the 24-hour clock ("16:30"). */
export const timeOfDay = (label: FieldLabel) =>
  z.string({ error: () => fieldMessage('fields.notTime', named(label)) }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => fieldMessage('fields.timeFormat', named(label)) });

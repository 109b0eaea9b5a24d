import type { Content } from 'pdfmake/interfaces';
import { dashList, paragraph } from '../../documents';

/** "TCVN ISO 9001:2015" never breaks across lines (no-break spaces). */
export function keepStandardNameTogether(text: string): string {
  return text.replace(/TCVN ISO (\d)/g, 'TCVN\u00a0ISO\u00a0$1');
}

type Styled = { bold?: boolean; italics?: boolean };
export type Inline = string | ({ text: string } & Styled);
type Typeset = Array<string | ({ text: string; noWrap?: true } & Styled)>;

/**
 * Keeps document codes and dates whole ("18/KH-UBND", "15/01/2026") and the standard's name on one
 * line: a justified line may otherwise break, or stretch the gaps, at their slashes and hyphens.
 */
export function typeset(text: string): Typeset {
  const parts: Typeset = [];
  let plain = '';
  for (const token of keepStandardNameTogether(text).split(/([ \t\r\n]+)/)) {
    if (/[\p{L}\d][/-][\p{L}\d]/u.test(token)) {
      if (plain) parts.push(plain);
      plain = '';
      parts.push({ text: token, noWrap: true });
    } else {
      plain += token;
    }
  }
  if (plain) parts.push(plain);
  return parts;
}

function typesetInlines(text: Inline | Inline[]): Typeset {
  return (Array.isArray(text) ? text : [text]).flatMap((part): Typeset => {
    if (typeof part === 'string') return typeset(part);
    const { text: inner, ...style } = part;
    return typeset(inner).map((piece) => (typeof piece === 'string' ? { ...style, text: piece } : { ...style, ...piece }));
  });
}

/** A body paragraph of the administrative layout, typeset as above. */
export function typesetParagraph(text: Inline | Inline[]): Content {
  return paragraph(typesetInlines(text));
}

/** "- item;" lines of the administrative layout, typeset as above. */
export function typesetDashList(items: string[]): Content[] {
  return dashList(items).map((item) => ({ ...(item as object), text: typeset(String((item as { text: string }).text)) }) as Content);
}

/** Paragraphs the user typed: one per line, blank lines dropped. */
export function userParagraphs(text: string): Content[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => typesetParagraph(line));
}

/** Without the closing punctuation, so a sentence can end it: never "?." or ":.". */
export function stripEndPunctuation(text: string): string {
  return text.trim().replace(/[.;,:?!\s]+$/u, '');
}

import { dashLines, paragraph } from '../../documents';
import type { ParagraphBlock, Run } from '../../documents';

/** "TCVN ISO 9001:2015" never breaks across lines (no-break spaces). */
export function keepStandardNameTogether(text: string): string {
  return text.replace(/TCVN ISO (\d)/g, 'TCVN\u00a0ISO\u00a0$1');
}

type Styled = { bold?: boolean; italics?: boolean };
export type Inline = string | ({ text: string } & Styled);

/**
 * Keeps document codes and dates whole ("18/KH-UBND", "15/01/2026") and the standard's name on one
 * line: a justified line may otherwise break, or stretch the gaps, at their slashes and hyphens.
 */
export function typeset(text: string): Run[] {
  const parts: Run[] = [];
  let plain = '';
  for (const token of keepStandardNameTogether(text).split(/([ \t\r\n]+)/)) {
    if (/[\p{L}\d][/-][\p{L}\d]/u.test(token)) {
      if (plain) parts.push(plain);
      plain = '';
      parts.push({ text: token, keepTogether: true });
    } else {
      plain += token;
    }
  }
  if (plain) parts.push(plain);
  return parts;
}

function typesetInlines(text: Inline | Inline[]): Run[] {
  return (Array.isArray(text) ? text : [text]).flatMap((part): Run[] => {
    if (typeof part === 'string') return typeset(part);
    const { text: inner, ...style } = part;
    return typeset(inner).map((piece) => (typeof piece === 'string' ? { ...style, text: piece } : { ...style, ...piece }));
  });
}

/** A body paragraph of the administrative layout, typeset as above. */
export function typesetParagraph(text: Inline | Inline[], options: { keepWhole?: boolean } = {}): ParagraphBlock {
  return paragraph(typesetInlines(text), options);
}

/** "- item;" lines of the administrative layout, typeset as above. */
export function typesetDashList(items: string[]): ParagraphBlock[] {
  return dashLines(items).map((line) => paragraph(typeset(line)));
}

/** Paragraphs the user typed: one per line, blank lines dropped. */
export function userParagraphs(text: string): ParagraphBlock[] {
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

/** Vietnamese order for names and titles. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Lower-case, without tone marks or đ, so "van phong" finds "Văn phòng". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

export function matchesSearch(haystack: readonly string[], needle: string | undefined): boolean {
  if (!needle) return true;
  const folded = foldForSearch(needle);
  if (!folded) return true;
  return haystack.some((value) => foldForSearch(value).includes(folded));
}

/**
 * A checklist question as the requirement it checks, for documents: "Hồ sơ có được kiểm tra đầy
 * đủ không?" → "Hồ sơ được kiểm tra đầy đủ". Only the yes/no frame is removed (the closing "không",
 * "chưa", "hay không" and the "có" of "có được"); text that is not a question is returned as is.
 */
export function questionAsStatement(question: string): string {
  const text = question.trim();
  if (!text.endsWith('?')) return text;
  const withoutFrame = text
    .replace(/\?+$/u, '')
    .trim()
    .replace(/,?\s+(hay|hoặc)\s+(không|chưa)$/u, '')
    .replace(/\s+(không|chưa)$/u, '');
  const statement = withoutFrame === text.replace(/\?+$/u, '').trim() ? withoutFrame : withoutFrame.replace(/(^|\s)có được\s/u, (_m, lead: string) => `${lead}được `);
  const trimmed = statement.replace(/[\s.;,:]+$/u, '');
  return trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1);
}

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

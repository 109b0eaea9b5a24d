import type { OrganizationView } from './contract/organization';

const capitalized = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);

/**
 * "ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH" → "Ủy ban nhân dân phường Bắc Hồng Lĩnh", for running text.
 * The place keeps the spelling of the place name; failing that, the words after "phường", "xã", "thị trấn"
 * or "đặc khu" are capitalised as a proper name.
 */
export function bodyNameInText(organization: Pick<OrganizationView, 'bodyName' | 'placeName'>): string {
  const lower = organization.bodyName.toLocaleLowerCase('vi');
  const place = organization.placeName.toLocaleLowerCase('vi');
  const withPlace = lower.includes(place)
    ? lower.replace(place, organization.placeName)
    // Stryker disable next-line Regex: `.+` takes the rest of the name whether or not the end is anchored
    : lower.replace(/(phường|xã|thị trấn|đặc khu) (.+)$/u, (_, unitWord: string, name: string) => `${unitWord} ${name.split(' ').map(capitalized).join(' ')}`);
  return capitalized(withPlace);
}

/** "Ủy ban nhân dân phường Bắc Hồng Lĩnh" → "phường Bắc Hồng Lĩnh"; the place name when the body is named otherwise. */
function administrativeUnitName(organization: Pick<OrganizationView, 'bodyName' | 'placeName'>): string {
  const body = bodyNameInText(organization);
  const prefix = 'ủy ban nhân dân ';
  return body.toLocaleLowerCase('vi').startsWith(prefix) ? body.slice(prefix.length) : organization.placeName;
}

/** Fills the placeholders of a legal basis (legalBasisPlaceholders) from the organisation and the document's year. */
export function fillLegalBasis(text: string, organization: Pick<OrganizationView, 'bodyName' | 'placeName'>, year: number): string {
  const values: Record<string, string> = {
    '{cơ quan}': bodyNameInText(organization),
    '{đơn vị hành chính}': administrativeUnitName(organization),
    '{địa danh}': organization.placeName,
    '{năm}': String(year),
  };
  return text.replace(/\{[^{}]*\}/g, (placeholder) => values[placeholder] ?? placeholder);
}

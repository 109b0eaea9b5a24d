import type { FindingClass } from '../../shared/contract/vocabulary';

/**
 * Document wording, not UI text: the audit terms of reference.md §3 as printed on minutes and
 * exported to Excel, which are always in Vietnamese whatever the interface language.
 */
export const findingClassNames: Record<FindingClass, string> = {
  kph_nang: 'Không phù hợp nặng',
  kph_nhe: 'Không phù hợp nhẹ',
  diem_luu_y: 'Điểm lưu ý',
  co_hoi_cai_tien: 'Cơ hội cải tiến',
};

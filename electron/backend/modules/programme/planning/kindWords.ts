import type { AuditKind } from '../../../../shared/contract/vocabulary';

/** How the plan's sentences name each kind of visit. */
export const kindPhrases: Record<AuditKind, { visit: string; short: string }> = {
  CCHC: { visit: 'kiểm tra công tác cải cách hành chính', short: 'kiểm tra CCHC' },
  ISO: { visit: 'đánh giá Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', short: 'đánh giá ISO' },
};

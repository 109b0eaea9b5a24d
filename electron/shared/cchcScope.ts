import type { UnitCategory } from './contract/units';

export type CchcScopeReason = 'category_in_scope' | 'public_service_included' | 'public_service_excluded' | 'other_category';

export interface CchcScopeDefault {
  inScope: boolean;
  /** Why, for the unit form and the scope notes (labels in the message catalog). */
  reason: CchcScopeReason;
}

/**
 * Target 1.2 of the 2026 plan: every cơ quan chuyên môn and tổ chức hành chính is inspected for CCHC;
 * public service units only when the ward's setting includes them; other units are left to the user.
 */
export function cchcScopeByCategory(category: UnitCategory, includePublicServiceUnits: boolean): CchcScopeDefault {
  switch (category) {
    case 'co_quan_chuyen_mon':
    case 'to_chuc_hanh_chinh':
      return { inScope: true, reason: 'category_in_scope' };
    case 'don_vi_su_nghiep':
      return includePublicServiceUnits ? { inScope: true, reason: 'public_service_included' } : { inScope: false, reason: 'public_service_excluded' };
    case 'khac':
      return { inScope: false, reason: 'other_category' };
  }
}

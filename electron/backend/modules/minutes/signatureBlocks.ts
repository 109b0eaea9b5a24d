import type { AuditKind } from '../../../shared/contract/vocabulary';
import type { MinutesSigner } from './minutesContent';

/** Broken at a chosen place ("\n") where a heading is too long for its half of the page. */
const headings: Record<AuditKind, Record<MinutesSigner['role'], string>> = {
  CCHC: {
    dai_dien: 'ĐẠI DIỆN\nĐƠN VỊ ĐƯỢC KIỂM TRA',
    truong_doan: 'TRƯỞNG ĐOÀN KIỂM TRA',
    pho_doan: 'PHÓ TRƯỞNG ĐOÀN',
    thu_ky: 'THƯ KÝ ĐOÀN',
    thanh_vien: 'THÀNH VIÊN ĐOÀN',
  },
  ISO: {
    dai_dien: 'ĐẠI DIỆN\nĐƠN VỊ ĐƯỢC ĐÁNH GIÁ',
    truong_doan: 'TRƯỞNG ĐOÀN ĐÁNH GIÁ',
    pho_doan: 'PHÓ TRƯỞNG ĐOÀN',
    thu_ky: 'THƯ KÝ ĐOÀN',
    thanh_vien: 'CHUYÊN GIA ĐÁNH GIÁ',
  },
};

/** The heading printed above the signer's space, upper case per NĐ 30/2020 (box 7). */
export function signerHeading(signer: Pick<MinutesSigner, 'role'>, kind: AuditKind): string {
  return headings[kind][signer.role];
}

/**
 * The PDF signature field reserved in the signer's block. Readable, because PDF software shows it
 * ("Trưởng đoàn kiểm tra - Nguyễn Văn Đức"); stable, because the team is locked once issued.
 */
export function signatureFieldName(signer: Pick<MinutesSigner, 'role' | 'fullName'>, kind: AuditKind): string {
  const heading = signerHeading(signer, kind).replace(/\n/g, ' ').toLocaleLowerCase('vi');
  return `${heading.charAt(0).toLocaleUpperCase('vi')}${heading.slice(1)} - ${signer.fullName}`;
}

import { z } from 'zod';
import { command, query } from './define';
import { id, textCharacters } from './fields';
import type { LocalizedText } from '../i18n/catalog';

/** A place where a token driver (PKCS#11 module) is usually installed, and whether it is on this machine. */
export interface TokenModuleView {
  vendor: string;
  path: string;
  present: boolean;
}

export interface ChainLinkView {
  subjectName: string;
  notAfter: string;
  trusted: boolean;
}

/** What the app found about a certificate before signing: shown to the signer, in the signer's language. */
export interface CertificateCheckView {
  subjectName: string;
  issuerName: string;
  serialNumberHex: string;
  notBefore: string;
  notAfter: string;
  chain: ChainLinkView[];
  trusted: boolean;
  revocation: { status: 'GOOD' | 'REVOKED'; source: string } | { status: 'NOT_CHECKED' };
  /** Why this certificate cannot sign, or null. */
  refusal: LocalizedText | null;
  warnings: LocalizedText[];
}

export interface TokenCertificateView extends CertificateCheckView {
  tokenLabel: string;
  tokenSerial: string;
  /** CKA_ID (hex), pairing the certificate with its key on the token. */
  certificateId: string;
  label: string;
}

/** One signature found in a PDF, as the app checked it. */
export interface PdfSignatureView {
  fieldName: string;
  signedAt: string | null;
  valid: boolean;
  /** Why it does not hold, or null. */
  problem: LocalizedText | null;
  /** Nothing changed after it; only later signatures were added; or changes nobody signed. */
  changedAfter: 'NONE' | 'LATER_SIGNATURES' | 'UNSIGNED_CHANGES';
  certificate: CertificateCheckView | null;
}

export interface TrustedCertificateView {
  id: string;
  subjectName: string;
  notAfter: string;
  fingerprintSha256: string;
  createdAt: string;
}

export const modulePath = z
  .string({ error: 'Chưa chọn trình điều khiển thiết bị ký số' })
  .check(textCharacters('fieldLabels.driverPath', 'single'))
  .min(1, { error: 'Chưa chọn trình điều khiển thiết bị ký số' })
  .max(1024, { error: 'Đường dẫn trình điều khiển quá dài' })
  .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), { error: 'Đường dẫn trình điều khiển phải là đường dẫn đầy đủ (bắt đầu bằng / hoặc C:\\)' });

const MAX_CER_BYTES = 16 * 1024;

export const signingMethods = {
  'signing.tokenModules': query<TokenModuleView[]>()(z.object({}).strict(), 'Các trình điều khiển thiết bị ký số (PKCS#11) thường gặp, và cái nào có trên máy'),
  'signing.tokenCertificates': query<TokenCertificateView[]>()(
    z
      .object({
        modulePath,
        /** Reloads the driver so tokens plugged in or pulled out since are seen. */
        rescan: z.boolean({ error: 'Giá trị tìm lại phải là đúng/sai' }).optional(),
      })
      .strict(),
    'Các chứng thư số trên thiết bị ký số đang cắm, kèm kết quả kiểm tra chứng thư',
  ),
  'signing.trustList': query<TrustedCertificateView[]>()(z.object({}).strict(), 'Danh sách chứng thư gốc được tin cậy'),
  'signing.trustAdd': command<TrustedCertificateView>()(
    z
      .object({
        cerBase64: z
          .string({ error: 'Chưa chọn tệp chứng thư' })
          .min(1, { error: 'Chưa chọn tệp chứng thư' })
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Tệp chứng thư không đúng định dạng base64' })
          .max(Math.ceil((MAX_CER_BYTES * 4) / 3) + 4, { error: 'Tệp chứng thư lớn bất thường (quá 16 KB)' }),
      })
      .strict(),
    'Thêm chứng thư gốc (.cer) của một tổ chức chứng thực vào danh sách tin cậy',
  ),
  'signing.trustRemove': command<{ removed: boolean }>()(z.object({ id }).strict(), 'Bỏ một chứng thư khỏi danh sách tin cậy'),
};

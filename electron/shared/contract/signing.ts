import * as z from 'zod';
import { command, query } from './define';
import { id, textCharacters } from './fields';
import type { LocalizedText } from '../i18n/catalog';
import { fieldMessage } from '../i18n/fieldMessages';

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
  revocation: { status: 'GOOD' | 'REVOKED'; method: 'OCSP' | 'CRL'; source: string } | { status: 'NOT_CHECKED' };
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

/**
 * What became of a signature's timestamp: added (PAdES B-T), no server set in Cài đặt, or the
 * server could not be reached, refused, or answered with a token that does not check (B-B).
 */
export type SignatureTimestampView =
  | { status: 'ADDED'; url: string; time: string; authority: string }
  | { status: 'NOT_SET' }
  | { status: 'FAILED'; url: string; failure: 'UNREACHABLE' | 'REFUSED' | 'INVALID' };

/** A timestamp found on a signature in a PDF: when and by whom, and whether it checks. */
export interface PdfTimestampView {
  time: string;
  authority: string;
  valid: boolean;
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
  /** The signature-time-stamp (PAdES B-T), or null: a B-B signature, its time only claimed by the signer. */
  timestamp: PdfTimestampView | null;
}

export interface TrustedCertificateView {
  id: string;
  subjectName: string;
  notAfter: string;
  fingerprintSha256: string;
  createdAt: string;
}

export const MAX_P12_BYTES = 64 * 1024;

/** A PKCS#12 file and its password, as the signing dialog sends them. */
export const pkcs12Fields = {
  p12Base64: z
    .string({ error: () => fieldMessage('contractRules.pkcs12NotChosen') })
    .min(1, { error: () => fieldMessage('contractRules.pkcs12NotChosen') })
    .max(Math.ceil((MAX_P12_BYTES * 4) / 3) + 4, { error: () => fieldMessage('contractRules.pkcs12TooLarge') }),
  /** Asked at signing time, used once, never stored or logged. */
  // A password is used exactly as typed: checked, but neither trimmed nor normalised.
  password: z.string({ error: () => fieldMessage('contractRules.passwordString') }).check(textCharacters('fieldLabels.password', 'single')).max(200, { error: () => fieldMessage('contractRules.passwordTooLong') }),
};

export const modulePath = z
  .string({ error: () => fieldMessage('contractRules.driverNotChosen') })
  .check(textCharacters('fieldLabels.driverPath', 'single'))
  .min(1, { error: () => fieldMessage('contractRules.driverNotChosen') })
  .max(1024, { error: () => fieldMessage('contractRules.driverPathTooLong') })
  .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), { error: () => fieldMessage('contractRules.driverPathAbsolute') });

const MAX_CER_BYTES = 16 * 1024;

export const signingMethods = {
  'signing.tokenModules': query<TokenModuleView[]>()(z.object({}).strict(), 'Các trình điều khiển thiết bị ký số (PKCS#11) thường gặp, và cái nào có trên máy'),
  'signing.tokenCertificates': query<TokenCertificateView[]>()(
    z
      .object({
        modulePath,
        /** Reloads the driver so tokens plugged in or pulled out since are seen. */
        rescan: z.boolean({ error: () => fieldMessage('contractRules.findAgainFlag') }).optional(),
      })
      .strict(),
    'Các chứng thư số trên thiết bị ký số đang cắm, kèm kết quả kiểm tra chứng thư',
  ),
  'signing.inspectPkcs12': query<CertificateCheckView>()(
    z.object(pkcs12Fields).strict(),
    'Chứng thư trong tệp PKCS#12 cùng kết quả kiểm tra (người được cấp, tổ chức cấp, thời hạn, tin cậy, tự ký), để xem trước khi ký',
  ),
  'signing.trustList': query<TrustedCertificateView[]>()(z.object({}).strict(), 'Danh sách chứng thư gốc được tin cậy'),
  'signing.trustAdd': command<TrustedCertificateView>()(
    z
      .object({
        cerBase64: z
          .string({ error: () => fieldMessage('contractRules.certificateFileNotChosen') })
          .min(1, { error: () => fieldMessage('contractRules.certificateFileNotChosen') })
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: () => fieldMessage('contractRules.certificateNotBase64') })
          .max(Math.ceil((MAX_CER_BYTES * 4) / 3) + 4, { error: () => fieldMessage('contractRules.certificateTooLarge') }),
      })
      .strict(),
    'Thêm chứng thư gốc (.cer) của một tổ chức chứng thực vào danh sách tin cậy',
  ),
  'signing.trustRemove': command<{ removed: boolean }>()(z.object({ id }).strict(), 'Bỏ một chứng thư khỏi danh sách tin cậy'),
};

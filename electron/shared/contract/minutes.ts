import type { LocalizedText } from '../i18n/catalog';
import * as z from 'zod';
import { modulePath, pkcs12Fields } from './signing';
import type { PdfSignatureView, SignatureTimestampView } from './signing';
import { query, task } from './define';
import { id, requiredText, textCharacters } from './fields';
import type { AuditKind, AuditStatus, TeamRole } from './vocabulary';
import { fieldMessage } from '../i18n/fieldMessages';

/** One signature block of the minutes: who signs, under which heading. */
export interface MinutesSignerView {
  /** The audit participant's id: the block's stable key. */
  key: string;
  side: 'team' | 'unit';
  role: TeamRole | 'dai_dien';
  fullName: string;
  personId: string | null;
  hasSignatureImage: boolean;
}

export interface MinutesSignatureFieldView {
  /** The participant the block belongs to. */
  signerKey: string;
  fieldName: string;
  fullName: string;
  signed: boolean;
  /** The certificate's name and the claimed signing time, read from the PDF. */
  signedBy: string | null;
  signedAt: string | null;
}

export interface IssuedMinutesView {
  id: string;
  auditId: string;
  year: number;
  number: number;
  /** "01/BB-UBND" */
  documentCode: string;
  /** 0 for the minutes; 1, 2, … for each biên bản bổ sung. */
  revision: number;
  supersedesId: string | null;
  supersedesCode: string | null;
  /** The date the minutes bear (yyyy-MM-dd): the day the inspection ended. */
  documentDate: string;
  /** When they were issued (numbered and locked), which may be later. */
  issuedAt: string;
  issuedBy: string;
  contentSha256: string;
  pdfSha256: string;
  /** The SHA-256 of the newest file: the issued PDF or its latest signed version. */
  latestSha256: string;
  /** False when the file on disk no longer matches what was issued or signed. */
  fileIntact: boolean;
  signatureFields: MinutesSignatureFieldView[];
}

/** The minutes after one signature, and what became of that signature's timestamp. */
export interface SignedMinutesView extends IssuedMinutesView {
  timestamp: SignatureTimestampView;
}

export interface MinutesOverview {
  auditId: string;
  kind: AuditKind;
  title: string;
  unitName: string;
  status: AuditStatus;
  /** Reasons the minutes cannot be issued now, in Vietnamese; empty when they can. */
  issueBlockers: LocalizedText[];
  signers: MinutesSignerView[];
  issued: IssuedMinutesView[];
}

/** A PDF travelling through either transport. */
export interface MinutesFile {
  fileName: string;
  pdfBase64: string;
  /** How long building and rendering took, for the record. */
  renderMs?: number;
}

/** A Word (.docx) working copy of the minutes. */
export interface MinutesWordFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

const minutesRef = z.object({ minutesId: id });

export const minutesMethods = {
  'minutes.overview': query<MinutesOverview>()(z.object({ auditId: id }).strict(), 'Biên bản của một cuộc kiểm tra: người ký, các bản đã ban hành'),
  'minutes.draft': task<MinutesFile>()(
    z.object({ auditId: id }).strict(),
    'Bản xem trước (dự thảo) biên bản từ dữ liệu hiện tại; không đánh số, không khóa',
    { requiresProfile: false },
  ),
  'minutes.issue': task<IssuedMinutesView>()(
    z.object({ auditId: id }).strict(),
    'Ban hành biên bản: đánh số, lưu tệp PDF, khóa cuộc kiểm tra',
  ),
  'minutes.correct': task<IssuedMinutesView>()(
    minutesRef.extend({ corrections: requiredText('fieldLabels.supplementContent', 5000, 'multi') }).strict(),
    'Lập biên bản bổ sung cho một biên bản đã ban hành, với số mới',
  ),
  'minutes.open': query<MinutesFile>()(
    minutesRef
      .extend({
        /** Omit for the newest file; 0 for the PDF as issued; n for the file after the n-th digital signature. */
        version: z.number({ error: () => fieldMessage('contractRules.versionNumber') }).int().min(0).optional(),
      })
      .strict(),
    'Mở lại tệp PDF của một biên bản đã ban hành',
  ),
  'minutes.draftDocx': task<MinutesWordFile>()(
    z.object({ auditId: id }).strict(),
    'Bản Word (.docx) của dự thảo biên bản từ dữ liệu hiện tại, cùng nội dung với bản xem trước PDF',
    { requiresProfile: false },
  ),
  'minutes.openDocx': query<MinutesWordFile>()(minutesRef.strict(), 'Bản Word (.docx) của một biên bản đã ban hành, từ đúng nội dung đã khóa của bản PDF'),
  'minutes.sign': task<SignedMinutesView>()(
    minutesRef
      .extend({
        signerKey: id,
        ...pkcs12Fields,
      })
      .strict(),
    'Ký số biên bản bằng tệp chứng thư số PKCS#12 (mật khẩu không được lưu)',
  ),
  'minutes.verifySignatures': query<PdfSignatureView[]>()(minutesRef.strict(), 'Kiểm tra từng chữ ký số trong tệp mới nhất của biên bản: ai ký, lúc nào, còn nguyên vẹn không, có tin cậy không'),
  'minutes.signWithToken': task<SignedMinutesView>()(
    minutesRef
      .extend({
        signerKey: id,
        modulePath,
        tokenSerial: z
          .string({ error: () => fieldMessage('contractRules.tokenNotChosen') })
          .check(textCharacters('fieldLabels.slotId', 'single'))
          .min(1, { error: () => fieldMessage('contractRules.tokenNotChosen') })
          .max(64, { error: () => fieldMessage('contractRules.slotTooLong') }),
        certificateId: z
          .string({ error: () => fieldMessage('contractRules.certificateNotChosen') })
          .check(textCharacters('fieldLabels.certificateId', 'single'))
          .regex(/^([0-9a-f]{2}){0,128}$/, { error: () => fieldMessage('contractRules.certificateIdInvalid') }),
        /** Typed at signing time, used once on the token, never stored or logged. */
        // A PIN is used exactly as typed: checked, but neither trimmed nor normalised.
        pin: z.string({ error: () => fieldMessage('contractRules.pinString') }).check(textCharacters('fieldLabels.pin', 'single')).min(1, { error: () => fieldMessage('contractRules.pinNeeded') }).max(64, { error: () => fieldMessage('contractRules.pinTooLong') }),
      })
      .strict(),
    'Ký số biên bản bằng thiết bị ký số (USB token, PKCS#11); mã PIN không được lưu',
  ),
};

import * as z from 'zod';
import { command, query } from './define';
import { id } from './fields';
import { fieldMessage } from '../i18n/fieldMessages';

/** A person's handwritten signature, placed in that person's signature block of the minutes. */
export interface SignatureImageView {
  personId: string;
  /** PNG, base64; drawn in the app or imported (the renderer converts imports to PNG). */
  pngBase64: string;
  width: number;
  height: number;
  createdAt: string;
}

/** Large enough for a scanned signature at print resolution, small enough to keep the store lean. */
export const SIGNATURE_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export const signatureImageInput = z
  .object({
    personId: id,
    pngBase64: z
      .string({ error: () => fieldMessage('contractRules.signatureImageString') })
      .min(1, { error: () => fieldMessage('contractRules.noSignatureImage') })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: () => fieldMessage('contractRules.signatureImageNotBase64') })
      .max(Math.ceil((SIGNATURE_IMAGE_MAX_BYTES * 4) / 3) + 4, { error: () => fieldMessage('contractRules.signatureImageTooLarge') }),
  })
  .strict();

/** A body's seal image: the ward's own ('organization') or a unit's ('unit:<id>'). */
export interface SealImageView {
  bodyKey: string;
  pngBase64: string;
  width: number;
  height: number;
  /** The seal's real diameter in millimetres: the image prints at this size. */
  diameterMm: number;
  createdAt: string;
}

export const bodyKey = z.union([z.literal('organization'), z.templateLiteral(['unit:', z.uuid()])], { error: () => fieldMessage('contractRules.bodyInvalid') });

export const sealImageInput = z
  .object({
    bodyKey,
    pngBase64: signatureImageInput.shape.pngBase64,
    diameterMm: z
      .number({ error: () => fieldMessage('contractRules.sealNumber') })
      .int({ error: () => fieldMessage('contractRules.sealInteger') })
      .min(20, { error: () => fieldMessage('contractRules.sealMin') })
      .max(60, { error: () => fieldMessage('contractRules.sealMax') }),
  })
  .strict();

export const signaturesMethods = {
  'signatures.sealGet': query<SealImageView | null>()(z.object({ bodyKey }).strict(), 'Ảnh con dấu của một cơ quan'),
  'signatures.sealSave': command<SealImageView>()(sealImageInput, 'Lưu ảnh con dấu (màu đỏ, nền trong suốt, kích thước thật) của một cơ quan'),
  'signatures.sealRemove': command<{ removed: boolean }>()(z.object({ bodyKey }).strict(), 'Xóa ảnh con dấu của một cơ quan'),
  'signatures.get': query<SignatureImageView | null>()(z.object({ personId: id }).strict(), 'Ảnh chữ ký của một cán bộ'),
  'signatures.listOwners': query<string[]>()(z.object({}).strict(), 'Những cán bộ đã có ảnh chữ ký'),
  'signatures.save': command<SignatureImageView>()(signatureImageInput, 'Lưu ảnh chữ ký (vẽ hoặc nhập) của một cán bộ'),
  'signatures.remove': command<{ removed: boolean }>()(z.object({ personId: id }).strict(), 'Xóa ảnh chữ ký của một cán bộ'),
};

import { signatureImages } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { removeSignatureImage } from './removeSignatureImage';
import { saveSignatureImage } from './saveSignatureImage';
import { readSignatureImage } from './signatureImages';

export const signaturesHandlers: ModuleHandlers<'signatures.get' | 'signatures.listOwners' | 'signatures.save' | 'signatures.remove'> = {
  'signatures.get': (ctx, input) => readSignatureImage(ctx.store.db, input.personId),
  'signatures.listOwners': (ctx) => ctx.store.db.select({ personId: signatureImages.personId }).from(signatureImages).all().map((row) => row.personId),
  'signatures.save': saveSignatureImage,
  'signatures.remove': removeSignatureImage,
};

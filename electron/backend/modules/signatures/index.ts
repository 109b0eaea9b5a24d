import { signatureImages } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { removeSignatureImage } from './removeSignatureImage';
import { saveSignatureImage } from './saveSignatureImage';
import { readSignatureImage } from './signatureImages';
import { readSealImage, removeSealImage, saveSealImage } from './sealImages';

export const signaturesHandlers: ModuleHandlers<'signatures.get' | 'signatures.listOwners' | 'signatures.save' | 'signatures.remove' | 'signatures.sealGet' | 'signatures.sealSave' | 'signatures.sealRemove'> = {
  'signatures.get': (ctx, input) => readSignatureImage(ctx.store.db, input.personId),
  'signatures.listOwners': (ctx) => ctx.store.db.select({ personId: signatureImages.personId }).from(signatureImages).all().map((row) => row.personId),
  'signatures.save': saveSignatureImage,
  'signatures.remove': removeSignatureImage,
  'signatures.sealGet': (ctx, input) => readSealImage(ctx.store.db, input.bodyKey),
  'signatures.sealSave': saveSealImage,
  'signatures.sealRemove': removeSealImage,
};

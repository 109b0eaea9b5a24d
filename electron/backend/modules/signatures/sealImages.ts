import { eq } from 'drizzle-orm';
import { sealImages, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { SealImageView } from '../../../shared/contract/signatures';
import { notFound } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { readPngSize } from './pngImage';

export function readSealImage(db: AppDatabase, bodyKey: string): SealImageView | null {
  const row = db.select().from(sealImages).where(eq(sealImages.bodyKey, bodyKey)).get();
  if (!row) return null;
  return { bodyKey, pngBase64: row.png.toString('base64'), ...readPngSize(row.png), diameterMm: row.diameterMm, createdAt: row.createdAt };
}

/** The seal as the documents place it: the PNG and its real diameter. */
export function readSeal(db: AppDatabase, bodyKey: string): { png: Buffer; diameterMm: number } | undefined {
  const row = db.select({ png: sealImages.png, diameterMm: sealImages.diameterMm }).from(sealImages).where(eq(sealImages.bodyKey, bodyKey)).get();
  return row ?? undefined;
}

/** Replaces a body's seal image; the change log keeps its size, not the picture. */
export const saveSealImage: ModuleHandlers<'signatures.sealSave'>['signatures.sealSave'] = (ctx, input) => {
  const unitId = input.bodyKey.startsWith('unit:') ? input.bodyKey.slice('unit:'.length) : null;
  if (unitId && !ctx.store.db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()) throw notFound('unit');
  const png = Buffer.from(input.pngBase64, 'base64');
  const size = readPngSize(png);
  const existed = readSeal(ctx.store.db, input.bodyKey) !== undefined;
  const createdAt = ctx.now().toISOString();
  ctx.store.db
    .insert(sealImages)
    .values({ bodyKey: input.bodyKey, png, diameterMm: input.diameterMm, createdAt })
    .onConflictDoUpdate({ target: sealImages.bodyKey, set: { png, diameterMm: input.diameterMm, createdAt } })
    .run();
  recordChange(ctx, { entity: 'seal_image', entityId: input.bodyKey, action: existed ? 'update' : 'create', changes: { bytes: png.length, ...size, diameterMm: input.diameterMm } });
  return readSealImage(ctx.store.db, input.bodyKey)!;
};

export const removeSealImage: ModuleHandlers<'signatures.sealRemove'>['signatures.sealRemove'] = (ctx, input) => {
  const result = ctx.store.db.delete(sealImages).where(eq(sealImages.bodyKey, input.bodyKey)).run();
  if (result.changes === 0) return { removed: false };
  recordChange(ctx, { entity: 'seal_image', entityId: input.bodyKey, action: 'delete' });
  return { removed: true };
};

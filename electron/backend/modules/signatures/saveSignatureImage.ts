import { eq } from 'drizzle-orm';
import { people, signatureImages } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { notFound } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { readPngSize } from './pngImage';
import { readSignatureImage } from './signatureImages';

/** Replaces the person's signature image; the change log keeps the size, not the picture. */
export const saveSignatureImage: ModuleHandlers<'signatures.save'>['signatures.save'] = (ctx, input) => {
  const person = ctx.store.db.select({ id: people.id }).from(people).where(eq(people.id, input.personId)).get();
  if (!person) throw notFound('person');
  const png = Buffer.from(input.pngBase64, 'base64');
  const size = readPngSize(png);
  const existed = readSignatureImage(ctx.store.db, input.personId) !== null;
  const createdAt = ctx.now().toISOString();
  ctx.store.db
    .insert(signatureImages)
    .values({ personId: input.personId, png, createdAt })
    .onConflictDoUpdate({ target: signatureImages.personId, set: { png, createdAt } })
    .run();
  recordChange(ctx, {
    entity: 'signature_image',
    entityId: input.personId,
    action: existed ? 'update' : 'create',
    changes: { bytes: png.length, ...size },
  });
  return readSignatureImage(ctx.store.db, input.personId)!;
};

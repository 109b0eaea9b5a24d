import { eq } from 'drizzle-orm';
import { signatureImages } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';

export const removeSignatureImage: ModuleHandlers<'signatures.remove'>['signatures.remove'] = (ctx, input) => {
  const result = ctx.store.db.delete(signatureImages).where(eq(signatureImages.personId, input.personId)).run();
  if (result.changes === 0) return { removed: false };
  recordChange(ctx, { entity: 'signature_image', entityId: input.personId, action: 'delete' });
  return { removed: true };
};

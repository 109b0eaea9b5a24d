import { eq, inArray } from 'drizzle-orm';
import { signatureImages } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { SignatureImageView } from '../../../shared/contract/signatures';
import { readPngSize } from './pngImage';

export function readSignatureImage(db: AppDatabase, personId: string): SignatureImageView | null {
  const row = db.select().from(signatureImages).where(eq(signatureImages.personId, personId)).get();
  if (!row) return null;
  return { personId, pngBase64: row.png.toString('base64'), ...readPngSize(row.png), createdAt: row.createdAt };
}

/** Signature PNGs by person, for placing them in signature blocks. */
export function readSignaturePngs(db: AppDatabase, personIds: readonly string[]): Map<string, Buffer> {
  if (personIds.length === 0) return new Map();
  const rows = db
    .select({ personId: signatureImages.personId, png: signatureImages.png })
    .from(signatureImages)
    .where(inArray(signatureImages.personId, [...personIds]))
    .all();
  return new Map(rows.map((row) => [row.personId, row.png]));
}

import { eq, inArray } from 'drizzle-orm';
import { evidenceFiles, evidenceLinks } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { deleteEvidenceFile } from './evidenceFiles';

/** Inside the write's transaction: forgets the files among these that no link uses any more. */
export function forgetUnusedFiles(db: AppDatabase, sha256s: readonly string[]): string[] {
  const candidates = [...new Set(sha256s)];
  if (candidates.length === 0) return [];
  const used = new Set(
    db
      .select({ sha256: evidenceLinks.sha256 })
      .from(evidenceLinks)
      .where(inArray(evidenceLinks.sha256, candidates))
      .all()
      .map((row) => row.sha256),
  );
  const unused = candidates.filter((sha256) => !used.has(sha256));
  for (const sha256 of unused) db.delete(evidenceFiles).where(eq(evidenceFiles.sha256, sha256)).run();
  return unused;
}

/**
 * After the commit: deletes the files whose record is gone. It checks again, so a file that some
 * record took up in the meantime stays; a crash before this point only leaves an unused file.
 */
export function deleteForgottenFiles(db: AppDatabase, dataDir: string, sha256s: readonly string[]): void {
  for (const sha256 of sha256s) {
    const stillKnown = db.select({ sha256: evidenceFiles.sha256 }).from(evidenceFiles).where(eq(evidenceFiles.sha256, sha256)).get();
    if (!stillKnown) deleteEvidenceFile(dataDir, sha256);
  }
}

import * as z from 'zod';

/** The package format (README "Packages between laptops"): bump on any change an older app could misread. */
export const PACKAGE_FORMAT = 'kiem-tra-cchc-iso/goi-du-lieu';
export const PACKAGE_FORMAT_VERSION = 1;

export const PACKAGE_MANIFEST_ENTRY = 'manifest.json';
/** The records, as JSON: small next to the evidence, so it is read whole. */
export const PACKAGE_DATA_ENTRY = 'du-lieu.json';
export const PACKAGE_EVIDENCE_FOLDER = 'evidence';
/** The largest records entry a package may carry (a 300-item audit is well under 1 MB). */
export const PACKAGE_DATA_LIMIT = 64 * 1024 * 1024;

export const packageKinds = ['handout', 'result', 'followup'] as const;
export type PackageKind = (typeof packageKinds)[number];

const part = z.object({ name: z.string().min(1), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** Read leniently first (format and version), so a newer package is named as newer rather than as malformed. */
export const packageManifestHeader = z.object({ format: z.literal(PACKAGE_FORMAT), formatVersion: z.number().int().positive() });

export const packageManifest = packageManifestHeader.extend({
  kind: z.enum(packageKinds),
  packageId: z.uuid(),
  /** The coordinator's store, which owns the audits: a package for another ward is refused. */
  ward: z.object({ storeId: z.string().min(1), name: z.string() }),
  source: z.object({ machineId: z.string().min(1), machineName: z.string(), storeId: z.string().min(1), storeName: z.string() }),
  createdAt: z.iso.datetime(),
  appVersion: z.string(),
  audits: z.array(z.object({ id: z.string().min(1), title: z.string() })),
  /** Rows per table in the records entry. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  parts: z.array(part),
});
export type PackageManifest = z.infer<typeof packageManifest>;

/** goi-ket-qua-20261130T193012Z.zip: the kind in Vietnamese and the UTC instant. */
const kindWords: Record<PackageKind, string> = { handout: 'giao-viec', result: 'ket-qua', followup: 'theo-doi' };
export function packageFileName(kind: PackageKind, createdAt: Date): string {
  const stamp = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `goi-${kindWords[kind]}-${stamp}.zip`;
}

import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { audits } from './audits';
import { createdAt, uuidPrimaryKey } from './columns';
import { people } from './units';

/** A person's handwritten signature image (PNG), placed in that person's signature block. */
export const signatureImages = sqliteTable('signature_images', {
  id: uuidPrimaryKey(),
  personId: text('person_id')
    .notNull()
    .unique()
    .references(() => people.id, { onDelete: 'cascade' }),
  png: blob('png', { mode: 'buffer' }).notNull(),
  createdAt: createdAt(),
});

/**
 * A body's seal image (red, transparent PNG, at real size), drawn over the left third of the
 * signer's image when the signature is the body's (TM., KT.). The body is the ward's own
 * organisation ('organization') or a unit ('unit:<id>').
 */
export const sealImages = sqliteTable('seal_images', {
  bodyKey: text('body_key').primaryKey(),
  png: blob('png', { mode: 'buffer' }).notNull(),
  /** The seal's real diameter, so it prints at real size. */
  diameterMm: integer('diameter_mm').notNull(),
  createdAt: createdAt(),
});

/** The CA certificates the ward chooses to trust (VGCA and public-CA roots), imported from their .cer files. */
export const trustedCertificates = sqliteTable('trusted_certificates', {
  id: uuidPrimaryKey(),
  fingerprintSha256: text('fingerprint_sha256').notNull().unique(),
  subjectName: text('subject_name').notNull(),
  notAfter: text('not_after').notNull(),
  der: blob('der', { mode: 'buffer' }).notNull(),
  createdAt: createdAt(),
});

/** Issued minutes (biên bản); numbered from 01 each calendar year. A correction is a new revision. */
export const issuedMinutes = sqliteTable(
  'issued_minutes',
  {
    id: uuidPrimaryKey(),
    auditId: text('audit_id')
      .notNull()
      .references(() => audits.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    documentCode: text('document_code').notNull(),
    revision: integer('revision').notNull().default(0),
    supersedesId: text('supersedes_id').references((): AnySQLiteColumn => issuedMinutes.id, { onDelete: 'restrict' }),
    contentSha256: text('content_sha256').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    /**
     * The date the minutes bear (yyyy-MM-dd): the day the inspection ended, however much later they
     * are issued. Null on minutes issued before it was recorded apart, which bear their issue day.
     */
    documentDate: text('document_date'),
    issuedAt: createdAt(),
    issuedBy: text('issued_by').notNull(),
  },
  (t) => [
    uniqueIndex('issued_minutes_year_number').on(t.year, t.number),
    index('issued_minutes_audit_idx').on(t.auditId),
    index('issued_minutes_supersedes_idx').on(t.supersedesId),
  ],
);

export const minutesDigitalSignatures = sqliteTable(
  'minutes_digital_signatures',
  {
    id: uuidPrimaryKey(),
    minutesId: text('minutes_id')
      .notNull()
      .references(() => issuedMinutes.id, { onDelete: 'cascade' }),
    sequence: integer('sequence').notNull(),
    signerName: text('signer_name').notNull(),
    signedPdfSha256: text('signed_pdf_sha256').notNull(),
    signedAt: createdAt(),
    /** What signed: the certificate's serial (hex), the algorithm, and the token's CKM_ mechanism (null for a PKCS#12 file). Null on signatures recorded before these were kept. */
    certificateSerial: text('certificate_serial'),
    signatureAlgorithm: text('signature_algorithm'),
    tokenMechanism: text('token_mechanism'),
  },
  (t) => [index('minutes_digital_signatures_minutes_idx').on(t.minutesId)],
);

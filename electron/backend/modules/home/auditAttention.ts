import { and, eq, exists, lt, notExists, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { audits, issuedMinutes, minutesDigitalSignatures, plannedInspections, programmes } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { auditStartedIn } from '../actions/auditYear';

const newer = alias(issuedMinutes, 'newer_minutes');

/**
 * Issued minutes that are the newest of their audit (no correction supersedes them) and carry no
 * digital signature yet. The audits list filters on the same condition, so the count and the list agree.
 */
export function newestMinutesUnsigned(db: AppDatabase): SQL {
  return exists(
    db
    .select({ id: issuedMinutes.id })
    .from(issuedMinutes)
    .where(
      and(
        eq(issuedMinutes.auditId, audits.id),
        notExists(db.select({ id: newer.id }).from(newer).where(eq(newer.supersedesId, issuedMinutes.id))),
        notExists(db.select({ id: minutesDigitalSignatures.id }).from(minutesDigitalSignatures).where(eq(minutesDigitalSignatures.minutesId, issuedMinutes.id))),
      ),
    ),
  );
}

function countAudits(db: AppDatabase, where: SQL | undefined): number {
  return db.select({ n: sql<number>`count(*)` }).from(audits).where(where).get()?.n ?? 0;
}

/** Audits of the year closed while their minutes are still to be issued (issuing locks an audit). */
export function countClosedWithoutMinutes(db: AppDatabase, year: number): number {
  return countAudits(db, and(auditStartedIn(year), eq(audits.status, 'closed')));
}

export function countMinutesUnsigned(db: AppDatabase, year: number): number {
  return countAudits(db, and(auditStartedIn(year), newestMinutesUnsigned(db)));
}

/** Entries of the year's approved programme dated before today that no audit has started from. */
export function countPlannedNotStarted(db: AppDatabase, year: number, today: string): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(plannedInspections)
      .innerJoin(programmes, eq(programmes.id, plannedInspections.programmeId))
      .where(
        and(
          eq(programmes.year, year),
          eq(programmes.status, 'approved'),
          lt(plannedInspections.date, today),
          notExists(db.select({ id: audits.id }).from(audits).where(eq(audits.plannedInspectionId, plannedInspections.id))),
        ),
      )
      .get()?.n ?? 0
  );
}

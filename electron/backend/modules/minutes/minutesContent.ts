import { createHash } from 'node:crypto';
import type { AuditKind, FindingClass, TeamRole } from '../../../shared/contract/vocabulary';

/**
 * Everything the minutes print, as plain data. Its canonical JSON is hashed when the minutes are
 * issued, so the store can later show exactly which data a signed paper corresponds to.
 */
export interface MinutesContent {
  /** Bumped when this structure changes, so old hashes stay explainable. */
  format: 2;
  kind: AuditKind;
  document: {
    superiorBodyName: string;
    bodyName: string;
    /** "01/BB-UBND"; null on a draft, which prints dots in its place and no date. */
    number: string | null;
    /** The issuer's abbreviation after "BB-" (settings: organisation). */
    issuerCode: string;
    placeName: string;
    /** The date the minutes bear: the day the inspection ended (for a biên bản bổ sung, the day it is made). */
    documentDate: string;
  };
  revision: {
    revision: number;
    /** The minutes this one supplements (biên bản bổ sung). */
    supplements: { number: string; documentDate: string } | null;
    corrections: string;
  };
  audit: {
    title: string;
    startDate: string;
    endDate: string;
    /** HH:mm; null while the audit is not closed (a draft prints dots). */
    endedTime: string | null;
    place: string;
    decision: { number: string; date: string | null };
    plan: { number: string; date: string | null };
    objective: string;
    scope: string;
    criteria: string;
    unitComments: string;
    conclusion: string;
  };
  unitName: string;
  /** Legal references from the settings, then the team's decision and the plan. */
  legalBasis: string[];
  team: Array<{ fullName: string; position: string; role: TeamRole }>;
  unitRepresentatives: Array<{ fullName: string; position: string }>;
  areas: MinutesArea[];
  indicators: MinutesIndicator[];
  findings: MinutesFinding[];
  requests: MinutesRequest[];
  findingCounts: Record<FindingClass, number>;
  signers: MinutesSigner[];
  copies: number;
}

export interface MinutesArea {
  code: string;
  title: string;
  /** Items judged (not "Không áp dụng") and those that met the requirement. */
  judged: number;
  met: number;
  achieved: string[];
  shortcomings: string[];
}

export interface MinutesIndicator {
  reference: string;
  title: string;
  target: string;
  actual: string;
  met: boolean | null;
}

export interface MinutesFinding {
  number: string;
  findingClass: FindingClass;
  reference: string;
  description: string;
  requirement: string;
  evidence: string;
}

export interface MinutesRequest {
  findingNumber: string;
  text: string;
  dueDate: string;
}

export interface MinutesSigner {
  key: string;
  side: 'team' | 'unit';
  role: TeamRole | 'dai_dien';
  fullName: string;
  personId: string | null;
  /** The signature image placed in the block, by hash (the image itself is not content). */
  imageSha256: string | null;
}

/**
 * JSON with object keys sorted at every level: the same data always gives the same bytes. The default sort
 * orders by UTF-16 code units, which depends on no locale.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
    const fields = item as Record<string, unknown>;
    return Object.fromEntries(Object.keys(fields).sort().map((key) => [key, fields[key]]));
  });
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

import type { ProgrammeViolation } from '../../../../electron/shared/contract/programme';

/** The violations that concern each entry, by entry id. */
export function issuesByEntry(violations: ProgrammeViolation[]): Map<string, ProgrammeViolation[]> {
  const byEntry = new Map<string, ProgrammeViolation[]>();
  for (const violation of violations) {
    for (const id of violation.entryIds) byEntry.set(id, [...(byEntry.get(id) ?? []), violation]);
  }
  return byEntry;
}

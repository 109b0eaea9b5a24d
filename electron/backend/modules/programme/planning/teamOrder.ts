import { teamRoles } from '../../../../shared/contract/vocabulary';
import { byPersonName } from '../../../../shared/personNames';

/** A team as the programme lists it: by role (the leader first), then by name in Vietnamese order. */
export const teamOrder = (a: { role: string; fullName: string }, b: { role: string; fullName: string }): number =>
  teamRoles.indexOf(a.role as (typeof teamRoles)[number]) - teamRoles.indexOf(b.role as (typeof teamRoles)[number]) || byPersonName(a, b);

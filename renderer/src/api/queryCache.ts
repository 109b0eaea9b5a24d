import { QueryClient } from '@tanstack/react-query';
import type { Query } from '@tanstack/react-query';
import type { MethodName } from '../../../electron/shared/contract';

/**
 * The one cache of everything the renderer has read. A read is kept until a write may have changed it, so
 * the units or the people asked for by ten screens are fetched once. Refusals are shown, not retried: the
 * transport already reports an unreachable back end as UNAVAILABLE, and the checklist's queue retries saves.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    mutations: { retry: false },
  },
});

/** "units.update" → "units": the capability a method belongs to, as the contract names it. */
export const capabilityOf = (method: string): string => method.slice(0, method.indexOf('.'));

/**
 * Capabilities whose queries show what another capability writes, beyond its own: a finding's actions
 * close it, minutes lock their audit, units and people are counted by the setup. Only queries on screen
 * at the time of the write depend on this list; every other read is refetched when it is next shown.
 */
const alsoShownBy: Partial<Record<string, readonly string[]>> = {
  profiles: ['app'],
  organization: ['setup', 'minutes'],
  settings: ['actions', 'programme', 'setup'],
  units: ['setup', 'people', 'programme', 'actions'],
  people: ['setup', 'programme', 'actions', 'signatures'],
  holidays: ['programme'],
  legalBases: ['minutes'],
  audits: ['findings', 'actions', 'minutes', 'programme', 'checklists'],
  findings: ['audits', 'actions', 'minutes'],
  evidence: ['findings', 'audits', 'minutes', 'actions'],
  actions: ['findings', 'audits', 'minutes'],
  minutes: ['audits'],
  signatures: ['minutes'],
  checklists: ['audits'],
  // An import writes audits, answers, findings, evidence, the registry and checklists, and takes a backup first.
  packages: ['audits', 'findings', 'evidence', 'actions', 'units', 'people', 'checklists', 'programme', 'minutes', 'backups', 'setup'],
};

/** An answer changes its audit's counts and nothing else on screen; it is saved many times a minute. */
const answerSave: MethodName = 'audits.saveResponse';

/** A chunk of a picked package, staged beside the store: nothing other screens show changes until it is imported. */
const packageUpload: MethodName = 'packages.upload';

export function capabilitiesChangedBy(method: MethodName): ReadonlySet<string> {
  const capability = capabilityOf(method);
  return new Set([capability, ...(method === answerSave || method === packageUpload ? [] : (alsoShownBy[capability] ?? []))]);
}

const methodOf = (query: Query): string => String(query.queryKey[0]);

/** After a write: what it changed and is on screen is fetched again now; every other read when next shown. */
export async function refreshAfterWrite(client: QueryClient, method: MethodName): Promise<void> {
  const changed = capabilitiesChangedBy(method);
  await Promise.all([
    client.invalidateQueries({ predicate: (query) => changed.has(capabilityOf(methodOf(query))) }),
    client.invalidateQueries({ predicate: (query) => !changed.has(capabilityOf(methodOf(query))), refetchType: 'none' }),
  ]);
}

import type { z } from 'zod';
import { actionsMethods } from './actions';
import { auditsMethods } from './audits';
import { backupsMethods } from './backups';
import { changeLogMethods } from './changeLog';
import { checklistsMethods } from './checklists';
import type { MethodSpec } from './define';
import { evidenceMethods } from './evidence';
import { findingsMethods } from './findings';
import { holidaysMethods } from './holidays';
import { homeMethods } from './home';
import { identityMethods } from './identity';
import { packagesMethods } from './packages';
import { legalBasesMethods } from './legalBases';
import { minutesMethods } from './minutes';
import { organizationMethods } from './organization';
import { peopleMethods } from './people';
import { profilesMethods } from './profiles';
import { reportsMethods } from './reports';
import { searchMethods } from './search';
import { setupMethods } from './setup';
import { programmeMethods } from './programme';
import { signaturesMethods } from './signatures';
import { signingMethods } from './signing';
import { storeHealthMethods } from './storeHealth';
import { unitsMethods } from './units';

export * from './define';

/** The one API contract. Preload, main process, web host and renderer client all derive from it. */
export const apiContract = {
  ...profilesMethods,
  ...storeHealthMethods,
  ...backupsMethods,
  ...identityMethods,
  ...packagesMethods,
  ...organizationMethods,
  ...setupMethods,
  ...legalBasesMethods,
  ...unitsMethods,
  ...peopleMethods,
  ...holidaysMethods,
  ...programmeMethods,
  ...changeLogMethods,
  ...actionsMethods,
  ...signaturesMethods,
  ...signingMethods,
  ...minutesMethods,
  ...checklistsMethods,
  ...auditsMethods,
  ...findingsMethods,
  ...evidenceMethods,
  ...homeMethods,
  ...reportsMethods,
  ...searchMethods,
} satisfies Record<string, MethodSpec>;

export type ApiContract = typeof apiContract;
export type MethodName = keyof ApiContract;
export type InputOf<M extends MethodName> = z.input<ApiContract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<ApiContract[M]['input']>;
export type ResultOf<M extends MethodName> = ApiContract[M] extends MethodSpec<z.ZodType, infer Result> ? Result : never;

export const methodNames = Object.keys(apiContract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}

import type { z } from 'zod';
import { changeLogMethods } from './changeLog';
import type { MethodSpec } from './define';
import { organizationMethods } from './organization';
import { peopleMethods } from './people';
import { profilesMethods } from './profiles';
import { unitsMethods } from './units';

export * from './define';

/** The one API contract. Preload, main process, web host and renderer client all derive from it. */
export const apiContract = {
  ...profilesMethods,
  ...organizationMethods,
  ...unitsMethods,
  ...peopleMethods,
  ...changeLogMethods,
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

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A library required the first time the returned function is called rather than when this module is
 * imported: the back end's start and first answer should not pay for libraries only some requests use.
 * Node caches the module after that first require, so later calls cost a map lookup.
 */
export const requireOnFirstUse =
  <Library>(name: string) =>
  (): Library =>
    require(name) as Library;

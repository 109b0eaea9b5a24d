import { fileURLToPath } from 'node:url';
import { CODE_CACHE_DIR_VARIABLE } from './processProtocol';
import { requireWithCodeCache } from './requireWithCodeCache';

/**
 * Main file of the back-end utility process (dist/electron/backend.cjs): runs the back end's bundle
 * (dist/electron/backendMain.cjs, from backendProcessEntry.ts) through V8's code cache.
 */
requireWithCodeCache(fileURLToPath(new URL('./backendMain.cjs', import.meta.url)), process.env[CODE_CACHE_DIR_VARIABLE]);

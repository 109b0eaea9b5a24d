import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../backend/paths';
import { electronBundles } from './electronBundles';

/** Bundles the main process, its worker threads' entry and the sandboxed preload into CommonJS files under dist/electron. */
const outdir = path.join(projectRoot, 'dist', 'electron');
const bundles = electronBundles(outdir);
await build(bundles.node);
await build(bundles.preload);

console.log(`Electron shell bundled into ${path.relative(projectRoot, outdir)}`);

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, for the web host and tests (the packaged app passes its own paths). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const sourceLayout = {
  migrationsFolder: path.join(projectRoot, 'db/migrations'),
  resourcesDir: path.join(projectRoot, 'electron/resources'),
  /** KIEM_TRA_RENDERER_DIST lets parallel checkouts of work build and test separate renderer bundles. */
  rendererDist: path.resolve(projectRoot, process.env.KIEM_TRA_RENDERER_DIST ?? 'dist/renderer'),
};

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const LATER_PAGE_TEXTS = '\0page-texts-later';

/**
 * The first screen carries only the shell's Vietnamese: the catalog's static import of the pages'
 * areas (electron/shared/i18n/pageAreas.ts, which the back end and tests read whole) becomes an empty
 * list here, and renderer/src/i18n/pageTexts.ts fetches the real areas with the first page.
 */
const pageTextsLater = (): Plugin => ({
  name: 'page-texts-later',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === './pageAreas' && importer?.replace(/\\/g, '/').endsWith('/electron/shared/i18n/catalog.ts') ? LATER_PAGE_TEXTS : null;
  },
  load(id) {
    return id === LATER_PAGE_TEXTS ? 'export const pageVietnamese = {};' : null;
  },
});

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs work both under app://renderer/ (desktop) and http://127.0.0.1 (web host).
  base: './',
  plugins: [pageTextsLater(), react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});

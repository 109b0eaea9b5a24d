import { defineConfig } from 'vitest/config';

/**
 * `npm run test:electron`: the real desktop app through playwright-core's `_electron`. It needs the Electron
 * binary and better-sqlite3 built for Electron, both downloaded once, so it is kept out of `npm test`.
 */
export default defineConfig({
  test: {
    name: 'electron',
    include: ['tests/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});

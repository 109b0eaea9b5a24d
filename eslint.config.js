import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** @types/pdfmake pulls lib.dom into every program that imports it, so the compiler cannot keep DOM names out of the back end: lint does. */
const browserOnlyGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.es2021));

const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

/** Process boundaries: the renderer runs in a browser; the back end runs under plain Node. */
const boundaries = {
  renderer: {
    paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs in a browser: no Node modules.' }))],
    patterns: [
      { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'The renderer reaches the store only through the API.' },
      { group: ['**/db/**', '**/electron/backend/**', '**/electron/main/**', '**/electron/preload/**'], message: 'The renderer may import only electron/shared from outside renderer/.' },
    ],
  },
  shared: {
    paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'electron/shared is imported by the renderer: no Node modules.' }))],
    patterns: [{ group: ['**/db/**', '**/backend/**', '**/main/**', '**/preload/**', '**/renderer/**'], message: 'electron/shared depends on nothing but itself and zod.' }],
  },
  backend: {
    paths: [noElectron],
    patterns: [{ group: ['**/electron/main/**', '**/main/**', '**/preload/**', '**/renderer/**'], message: 'The back end never depends on the Electron shell or the renderer.' }],
  },
  main: {
    patterns: [
      { group: ['**/renderer/**'], message: 'The main process may import the back end and electron/shared, never the renderer.' },
      { group: ['**/preload/**'], message: 'The preload is its own sandboxed bundle.' },
    ],
  },
  preload: {
    patterns: [
      {
        regex: '^(?!electron$|\\.\\./shared/(apiMethodNames|ipc)$|\\.\\./shared/contract/)',
        message: 'The preload is sandboxed and inlines what it imports: only electron, the method-name list and the IPC channel.',
      },
      {
        regex: '/shared/contract/',
        allowTypeImports: true,
        message: 'The zod contract stays out of the preload bundle: import its types only.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'tests/.artifacts/**', 'db/migrations/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', boundaries.renderer] },
  },
  { files: ['electron/shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', boundaries.shared] } },
  {
    files: ['electron/backend/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', boundaries.backend],
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({ name, message: 'The back end runs under plain Node: no DOM.' }))],
    },
  },
  { files: ['electron/main/**/*.ts'], rules: { 'no-restricted-imports': ['error', boundaries.main] } },
  { files: ['electron/preload/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': ['error', boundaries.preload] } },
);

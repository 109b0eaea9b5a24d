import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../backend/paths';
import { checkoutNativeDir, electronNativeBindingPath } from './nativeBinding';

/**
 * Builds better-sqlite3 for Electron's ABI into .cache/electron-native, from a copy of its sources,
 * so the Node build in node_modules (used by the tests) is never replaced. Runs once per Electron version.
 */
const require = createRequire(import.meta.url);
const electronVersion = (require('electron/package.json') as { version: string }).version;
const target = electronNativeBindingPath(checkoutNativeDir(projectRoot), electronVersion, process.platform, process.arch);

if (fs.existsSync(target)) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is ready: ${path.relative(projectRoot, target)}`);
  process.exit(0);
}

const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = path.join(checkoutNativeDir(projectRoot), `build-${electronVersion}`);
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
for (const entry of ['binding.gyp', 'src', 'deps', 'package.json']) {
  fs.cpSync(path.join(source, entry), path.join(work, entry), { recursive: true });
}

// npm's `nodedir` setting would make node-gyp build against Node's headers and silently produce a Node binary.
const env = { ...process.env };
for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];

// npm tells its scripts where its own node-gyp is; otherwise look where npm installs beside node (Linux, then Windows).
const nodeGypCandidates = [
  process.env.npm_config_node_gyp,
  path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
];
const nodeGyp = nodeGypCandidates.find((candidate): candidate is string => !!candidate && fs.existsSync(candidate));
if (!nodeGyp) {
  console.error('Không tìm thấy node-gyp đi kèm npm. / node-gyp (bundled with npm) was not found.');
  process.exit(1);
}
console.log(`Building better-sqlite3 for Electron ${electronVersion} (downloads Electron's headers once)…`);
try {
  execFileSync(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`],
    { cwd: work, env, stdio: 'inherit' },
  );
} catch {
  console.error(
    `\nKhông build được better-sqlite3 cho Electron ${electronVersion}: cần Internet một lần để tải header của Electron.\n` +
      'Could not build better-sqlite3 for Electron: the first run needs internet access for Electron headers.\n' +
      'Without internet, use the web host instead: npm run web',
  );
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
fs.rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${electronVersion}: ${path.relative(projectRoot, target)}`);

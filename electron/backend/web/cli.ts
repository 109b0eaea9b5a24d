import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localize } from '../../shared/i18n/catalog';
import { text } from '../api/errors';
import { createBackend } from '../createBackend';
import { sourceLayout } from '../paths';
import { describeStartupFailure } from '../startupFailure';
import { startWebHost } from './webHost';
import packageJson from '../../../package.json';

const DEFAULT_PORT = 5780;

function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'kiem-tra-cchc-iso');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.KIEM_TRA_PORT ?? String(DEFAULT_PORT) },
      'data-dir': { type: 'string', default: process.env.KIEM_TRA_DATA_DIR ?? defaultDataDir() },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(localize(text('startup.badPort', { port: String(values.port) })));
    process.exit(2);
  }
  const dataDir = path.resolve(values['data-dir']);
  const backend = await createBackend(
    {
      dataDir,
      migrationsFolder: sourceLayout.migrationsFolder,
      resourcesDir: sourceLayout.resourcesDir,
      appVersion: packageJson.version,
    },
    {
      autoBackup: true,
      // The page shows it too (app.storeHealth); whoever watches the console learns it here.
      onHealthChecked: (health) => {
        if (health.state === 'damaged') console.error(health.report);
      },
    },
  );
  const host = await startWebHost({ backend, rendererDist: sourceLayout.rendererDist, port });
  console.log(localize(text('startup.running', { url: host.url })));
  console.log(localize(text('startup.dataFile', { file: backend.store.filePath })));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const failure = describeStartupFailure(error);
  console.error(`${failure.title}\n\n${failure.detail}`);
  process.exit(1);
});

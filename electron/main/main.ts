import { BrowserWindow, app, dialog } from 'electron';
import { createBackend } from '../backend/createBackend';
import type { Backend } from '../backend/createBackend';
import { describeStartupFailure } from '../backend/startupFailure';
import { translate } from '../shared/i18n/catalog';
import { shellPaths } from './appPaths';
import { hardenDefaultSession, hardenWebContents } from './hardenSession';
import { registerApiHandler } from './ipc';
import { installVietnameseMenu } from './menu';
import { RENDERER_ENTRY_URL, mainWindowOptions } from './policy';
import { registerAppScheme, serveRenderer } from './protocol';

let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    // Checkpoints the WAL and closes the file, so nothing acknowledged is left only in the log.
    backend?.close();
    backend = undefined;
  });
  app.whenReady().then(start, fail);
}

async function start(): Promise<void> {
  const paths = shellPaths();
  hardenDefaultSession();
  installVietnameseMenu();
  backend = await createBackend(
    { dataDir: paths.dataDir, migrationsFolder: paths.migrationsFolder, resourcesDir: paths.resourcesDir, appVersion: app.getVersion() },
    { nativeBinding: paths.nativeBinding },
  );
  registerApiHandler(backend.dispatch);
  serveRenderer(paths.rendererDist);
  mainWindow = new BrowserWindow(mainWindowOptions(paths.preload, translate('vi', 'app.title')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  await mainWindow.loadURL(RENDERER_ENTRY_URL);
}

/** Nothing opens on a store that cannot be used: one dialog says what happened and what to do, then the app exits. */
function fail(error: unknown): void {
  const failure = describeStartupFailure(error);
  dialog.showErrorBox(`${translate('vi', 'app.title')}: ${failure.title}`, failure.detail);
  app.exit(1);
}

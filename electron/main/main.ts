import { BrowserWindow, app, dialog } from 'electron';
import { BackendStartError } from '../backend/process/backendConnection';
import { processMessages } from '../backend/process/messages';
import type { BackendConnection } from '../backend/process/backendConnection';
import type { StartupFailure } from '../backend/startupFailure';
import { unexpectedStartupFailure } from '../backend/unexpectedStartupFailure';
import { translate } from '../shared/i18n/catalog';
import { applyDataDirOverride, shellPaths } from './appPaths';
import { startBackendProcess } from './backendProcess';
import { hardenDefaultSession, hardenWebContents } from './hardenSession';
import { registerDocumentHandlers } from './documents/documentsIpc';
import { registerApiHandler } from './ipc';
import { installVietnameseMenu } from './menu';
import { RENDERER_ENTRY_URL, mainWindowOptions } from './policy';
import { registerAppScheme, serveRenderer } from './protocol';

let backend: BackendConnection | undefined;
let mainWindow: BrowserWindow | undefined;

applyDataDirOverride();
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
  app.on('will-quit', (event) => {
    if (!backend) return;
    // The back end finishes its calls, checkpoints the WAL and closes the file, so nothing acknowledged is left only in the log.
    event.preventDefault();
    const closing = backend;
    backend = undefined;
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start, fail);
}

async function start(): Promise<void> {
  const paths = shellPaths();
  hardenDefaultSession();
  installVietnameseMenu();
  const config = { dataDir: paths.dataDir, migrationsFolder: paths.migrationsFolder, resourcesDir: paths.resourcesDir, appVersion: app.getVersion() };
  const onCrash = (code: number | null) => {
    // Without its back end the window could only fail every call; what was acknowledged is already in the store.
    backend = undefined;
    showAndExit(processMessages.crashed(code));
  };
  backend = await startBackendProcess(paths.backendEntry, paths.codeCacheDir, { config, nativeBinding: paths.nativeBinding }, onCrash).catch(fail);
  if (!backend) return;
  registerApiHandler(backend);
  registerDocumentHandlers(backend);
  serveRenderer(paths.rendererDist);
  mainWindow = new BrowserWindow(mainWindowOptions(paths.preload, translate('vi', 'app.title')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  await mainWindow.loadURL(RENDERER_ENTRY_URL);
}

/** Nothing opens on a store that cannot be used: one dialog says what happened and what to do, then the app exits. */
function fail(error: unknown): undefined {
  showAndExit(error instanceof BackendStartError ? error.failure : unexpectedStartupFailure(error));
  return undefined;
}

function showAndExit(failure: StartupFailure): void {
  dialog.showErrorBox(`${translate('vi', 'app.title')}: ${failure.title}`, failure.detail);
  app.exit(1);
}

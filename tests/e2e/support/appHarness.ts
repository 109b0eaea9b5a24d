import type { Browser, Page } from 'playwright-core';
import { startWebHost } from '../../../electron/backend/web/webHost';
import type { WebHost } from '../../../electron/backend/web/webHost';
import { sourceLayout } from '../../../electron/backend/paths';
import { startTestBackend } from '../../support/tempBackend';
import type { TestBackend } from '../../support/tempBackend';
import { launchBrowser, newAppPage } from './browser';

export interface AppHarness {
  backend: TestBackend;
  host: WebHost;
  browser: Browser;
  open(hashRoute?: string): Promise<Page>;
  close(): Promise<void>;
}

/** A real web host on a temp store (set up with the sample ward unless `setUp: false`), serving the built renderer, and a headless Debian chromium. */
export async function startAppHarness(
  options: { withProfile?: boolean; setUp?: boolean; dataDir?: string; backgroundIntegrityCheck?: boolean; now?: () => Date } = {},
): Promise<AppHarness> {
  const backend = await startTestBackend({ ...options, withProfile: options.withProfile ?? true, setUp: options.setUp ?? true });
  const host = await startWebHost({ backend, rendererDist: sourceLayout.rendererDist });
  const browser = await launchBrowser();
  return {
    backend,
    host,
    browser,
    open: (hashRoute = '') => newAppPage(browser, `${host.url}${hashRoute ? `#/${hashRoute}` : ''}`),
    async close() {
      await browser.close();
      await host.close();
      backend.close();
    },
  };
}

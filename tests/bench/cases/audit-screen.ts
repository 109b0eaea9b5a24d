import { performance } from 'node:perf_hooks';
import { sourceLayout } from '../../../electron/backend/paths';
import { startWebHost } from '../../../electron/backend/web/webHost';
import { launchBrowser, newAppPage } from '../../e2e/support/browser';
import { longChecklist, startSampleAudit } from '../../support/fixtures/auditsFixture';
import { startTestBackend } from '../../support/tempBackend';
import { summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';

const OPENINGS = 8;
const MOVES = 120;

/**
 * The checklist screen with 300 items in Debian's chromium (needs the built renderer): from the
 * address to the first item taking the keyboard, and from an arrow key to the next item having it.
 */
const bench: BenchCase = {
  name: 'Audits: the 300-item checklist screen in the browser',
  async run() {
    const backend = await startTestBackend();
    const { auditId } = await startSampleAudit(backend, { sections: longChecklist(300) });
    const host = await startWebHost({ backend, rendererDist: sourceLayout.rendererDist });
    const browser = await launchBrowser();
    const focusedCode = () => document.activeElement?.closest('[role=listitem]')?.getAttribute('data-item-code') ?? null;
    const openings: number[] = [];
    const moves: number[] = [];
    for (let i = 0; i < OPENINGS; i++) {
      const start = performance.now();
      const page = await newAppPage(browser, `${host.url}#/audits/${auditId}/checklist`);
      await page.waitForFunction(() => document.activeElement?.closest('[role=listitem]')?.getAttribute('data-item-code') === '1.1');
      openings.push(performance.now() - start);
      if (i === OPENINGS - 1) {
        for (let move = 0; move < MOVES; move++) {
          const before = await page.evaluate(focusedCode);
          const moveStart = performance.now();
          await page.keyboard.press('ArrowDown');
          await page.waitForFunction((code) => document.activeElement?.closest('[role=listitem]')?.getAttribute('data-item-code') !== code, before, { polling: 'raf' });
          moves.push(performance.now() - moveStart);
        }
      }
      await page.context().close();
    }
    await browser.close();
    await host.close();
    backend.close();
    const open = summarise(openings);
    const move = summarise(moves);
    return {
      'open the checklist until the first item has the keyboard, median ms': open.medianMs,
      'open, p95 ms': open.p95Ms,
      'arrow key to the next item focused (virtualised list), median ms': move.medianMs,
      'arrow key, p95 ms': move.p95Ms,
    };
  },
};
export default bench;

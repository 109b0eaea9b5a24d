import { performance } from 'node:perf_hooks';
import { sourceLayout } from '../../../electron/backend/paths';
import { startWebHost } from '../../../electron/backend/web/webHost';
import { launchBrowser, newAppPage } from '../../e2e/support/browser';
import { longChecklist, startSampleAudit } from '../../support/fixtures/auditsFixture';
import { startTestBackend } from '../../support/tempBackend';
import { summarise } from '../benchCase';
import type { BenchCase } from '../benchCase';
import type { Page } from 'playwright-core';

const OPENINGS = 8;
const MOVES = 120;
const SCROLLS = 5;
const WHEEL_STEPS = 60;

/*
 * requestAnimationFrame deltas in the page until stopped: how long each frame took to come. Written as
 * page source because tsx wraps named inner functions in a helper that the page does not have.
 */
const startFrames = `(() => {
  const frames = { deltas: [], running: true, scrolls: 0 };
  window.benchFrames = frames;
  document.addEventListener('scroll', () => { frames.scrolls += 1; }, { capture: true });
  let last = performance.now();
  const onFrame = (now) => {
    frames.deltas.push(now - last);
    last = now;
    if (frames.running) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
})()`;
// The first delta runs from the start to the first frame, not from frame to frame.
const stopFrames = '(() => { window.benchFrames.running = false; return window.benchFrames.deltas.slice(1); })()';
const scrollEvents = '(() => window.benchFrames.scrolls)()';

/**
 * Frames while the wheel scrolls the checklist down and back (the app), beside frames of the same page
 * standing still for as many wheel steps (the reference: what the browser gives an idle page here).
 */
async function scrollFrames(page: Page): Promise<{ scrolling: number[]; idle: number[]; scrolls: number }> {
  let scrolls = 0;
  await page.mouse.move(700, 500);
  const scrolling: number[] = [];
  const idle: number[] = [];
  for (let run = 0; run < SCROLLS; run++) {
    await page.evaluate(startFrames);
    for (let step = 0; step < WHEEL_STEPS; step++) {
      await page.mouse.wheel(0, run % 2 === 0 ? 240 : -240);
      await page.waitForTimeout(16);
    }
    scrolling.push(...(await page.evaluate<number[]>(stopFrames)));
    scrolls += await page.evaluate<number>(scrollEvents);
    await page.evaluate(startFrames);
    for (let step = 0; step < WHEEL_STEPS; step++) await page.waitForTimeout(16);
    idle.push(...(await page.evaluate<number[]>(stopFrames)));
  }
  return { scrolling, idle, scrolls };
}

const framesRow = (scrolling: number[], idle: number[]) => {
  const round = (n: number) => Math.round(n * 10) / 10;
  const app = summarise(scrolling);
  const reference = summarise(idle);
  return `app median ${round(app.medianMs)} / worst ${round(app.maxMs)} ms per frame (${scrolling.length} frames); reference median ${round(reference.medianMs)} / worst ${round(reference.maxMs)} ms (${idle.length} frames); ratio of medians ${round(app.medianMs / reference.medianMs)}x`;
};

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
    let frames = { scrolling: [] as number[], idle: [] as number[], scrolls: 0 };
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
        frames = await scrollFrames(page);
      }
      await page.context().close();
    }
    await browser.close();
    await host.close();
    backend.close();
    const open = summarise(openings);
    const move = summarise(moves);
    return {
      'ISSUE ROW scrolling a 300-item checklist by wheel, requestAnimationFrame deltas (reference: the same page standing still)': framesRow(frames.scrolling, frames.idle),
      'scroll events seen while wheeling (the list did move)': frames.scrolls,
      'open the checklist until the first item has the keyboard, median ms': open.medianMs,
      'open, p95 ms': open.p95Ms,
      'arrow key to the next item focused (virtualised list), median ms': move.medianMs,
      'arrow key, p95 ms': move.p95Ms,
    };
  },
};
export default bench;

import os from 'node:os';
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
const PASSES = 6;
/** Pixels per frame: 1,440 px a second at 60 fps, a brisk wheel. */
const STEP = 24;
const STEPS = 150;

/*
 * Scrolls the element `[data-testid=checklist]` by STEP pixels in each requestAnimationFrame for STEPS frames
 * (down on even passes, up on odd ones) and returns each frame's delta: a steady rate, driven in the page so
 * the test runner's timing does not enter it. Written as page source because tsx wraps named inner
 * functions in a helper that the page does not have.
 */
const scrollPass = (down: boolean) => `new Promise((resolve) => {
  const list = document.querySelector('[data-testid=checklist]');
  const deltas = [];
  let last = performance.now();
  let steps = 0;
  const onFrame = (now) => {
    deltas.push(now - last);
    last = now;
    if (steps++ === ${STEPS}) return resolve({ deltas: deltas.slice(1), top: list.scrollTop });
    list.scrollTop += ${down ? STEP : -STEP};
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
})`;

/** The reference: 300 plain rows of the same height in a box of the same size, no script, same browser. */
const staticRows = (rowHeight: number, listHeight: number) => `<!doctype html><html lang="vi"><body style="margin:0;font:14px sans-serif">
<div data-testid="checklist" style="height:${listHeight}px;width:1000px;overflow-y:auto">${Array.from(
  { length: 300 },
  (_, i) => `<div style="height:${rowHeight - 10}px;margin-bottom:2px;border:1px solid #ccc;border-radius:8px;padding:4px">${i + 1}. Nội dung kiểm tra số ${i + 1}: đơn vị có ban hành kế hoạch cải cách hành chính năm và triển khai đúng tiến độ không?</div>`,
).join('')}</div></body></html>`;

/**
 * Frames of PASSES scroll passes over each page's list, taken in turn (so a burst of load falls on both
 * alike), after one pass down and back that warms each up.
 */
async function scrollFrames(app: Page, reference: Page): Promise<{ app: number[]; reference: number[]; moved: number }> {
  const frames = { app: [] as number[], reference: [] as number[], moved: 0 };
  // A page behind another one gets no animation frames: each pass brings its page to the front.
  const pass = async (page: Page, down: boolean) => {
    await page.bringToFront();
    return page.evaluate<{ deltas: number[]; top: number }>(scrollPass(down));
  };
  for (const page of [app, reference]) {
    await pass(page, true);
    await pass(page, false);
  }
  for (let run = 0; run < PASSES; run++) {
    const appPass = await pass(app, run % 2 === 0);
    const referencePass = await pass(reference, run % 2 === 0);
    frames.app.push(...appPass.deltas);
    frames.reference.push(...referencePass.deltas);
    if (run === 0) frames.moved = appPass.top;
  }
  return frames;
}

const framesRow = (app: number[], reference: number[]) => {
  const round = (n: number) => Math.round(n * 10) / 10;
  const a = summarise(app);
  const r = summarise(reference);
  const late = (frames: number[]) => frames.filter((frame) => frame >= 33).length;
  return `app median ${round(a.medianMs)} / p95 ${round(a.p95Ms)} / worst ${round(a.maxMs)} ms per frame, ${late(app)} of ${app.length} frames 33 ms or more; reference median ${round(r.medianMs)} / p95 ${round(r.p95Ms)} / worst ${round(r.maxMs)} ms, ${late(reference)} of ${reference.length}; ratio of medians ${round(a.medianMs / r.medianMs)}x, of worst ${round(a.maxMs / r.maxMs)}x; load average ${os.loadavg()[0]!.toFixed(1)}`;
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
    let frames = { app: [] as number[], reference: [] as number[], moved: 0 };
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
        // The reference rows take the app's list size and its mean row height.
        const { listHeight, rowHeight } = await page.evaluate(() => {
          const list = document.querySelector<HTMLElement>('[data-testid=checklist]')!;
          const rows = [...list.querySelectorAll<HTMLElement>('[role=listitem][data-item-code]')];
          return { listHeight: list.clientHeight, rowHeight: Math.round(rows.reduce((sum, row) => sum + row.offsetHeight, 0) / rows.length) };
        });
        const reference = await page.context().newPage();
        await reference.setContent(staticRows(rowHeight, listHeight));
        frames = await scrollFrames(page, reference);
      }
      await page.context().close();
    }
    await browser.close();
    await host.close();
    backend.close();
    const open = summarise(openings);
    const move = summarise(moves);
    return {
      [`ISSUE ROW scrolling a 300-item checklist ${STEP} px a frame, requestAnimationFrame deltas (reference: 300 plain rows of the same height, same browser, in turn)`]: framesRow(frames.app, frames.reference),
      'scrolled after one pass down, px (the list did move)': frames.moved,
      'open the checklist until the first item has the keyboard, median ms': open.medianMs,
      'open, p95 ms': open.p95Ms,
      'arrow key to the next item focused (virtualised list), median ms': move.medianMs,
      'arrow key, p95 ms': move.p95Ms,
    };
  },
};
export default bench;

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** One element whose content does not fit: where it is and what it holds, for the failure message. */
export interface Overflow {
  element: string;
  text: string;
  problem: 'clipped' | 'spills' | 'off-screen';
  by: number;
}

/**
 * Every shown element whose content is wider than its box (a badge cut to "P…", a label spilling out) or that
 * sticks out of the window sideways, except inside containers that scroll sideways, which show the rest on
 * demand, and text fields, which scroll their own text.
 */
export function overflowingElements(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: { element: Element; overflow: Overflow }[] = [];
    const tolerance = 1;
    const scrollsSideways = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
    const insideSidewaysScroller = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) if (parent !== document.body && parent !== document.documentElement && scrollsSideways(parent)) return true;
      return false;
    };
    const describe = (element: Element) => {
      const classes = [...element.classList].filter((name) => name.startsWith('mantine-') || !name.startsWith('m_')).slice(0, 3);
      return `${element.tagName.toLowerCase()}${classes.length ? `.${classes.join('.')}` : ''}`;
    };
    const fieldTags = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'svg', 'path', 'CANVAS', 'IMG', 'IFRAME', 'SCRIPT', 'STYLE', 'HTML', 'BODY']);
    for (const element of document.body.querySelectorAll('*')) {
      if (fieldTags.has(element.tagName) || element.closest('svg')) continue;
      const html = element as HTMLElement;
      const rect = html.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(html);
      if (style.visibility === 'hidden' || style.display === 'inline' || style.display === 'contents') continue;
      if (style.position === 'fixed' && style.clipPath !== 'none') continue;
      const text = (html.innerText || html.getAttribute('aria-label') || '').trim().slice(0, 60);
      if (!scrollsSideways(html)) {
        const excess = html.scrollWidth - html.clientWidth;
        // Content without text (a switch's thumb, an icon's bleed) is decoration, not something cut off.
        if (html.clientWidth > 0 && excess > tolerance && text) {
          const clipped = ['hidden', 'clip'].includes(style.overflowX);
          found.push({ element: html, overflow: { element: describe(html), text, problem: clipped ? 'clipped' : 'spills', by: excess } });
        }
      }
      const outside = Math.max(rect.right - window.innerWidth, -rect.left);
      if (outside > tolerance && !insideSidewaysScroller(html)) found.push({ element: html, overflow: { element: describe(html), text, problem: 'off-screen', by: Math.round(outside) } });
    }
    // An overflowing child makes its ancestors overflow too: report the innermost only.
    return found
      .filter(({ element, overflow }) => !found.some((other) => other.element !== element && other.overflow.problem === overflow.problem && element.contains(other.element)))
      .map(({ overflow }) => overflow);
  });
}

/** axe's WCAG 2.2 A/AA rules on the page as shown; only serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 4).map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
}

/** Until the page has drawn its data: no spinner or skeleton left, then a frame for layout to settle. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root, .mantine-Skeleton-root[data-visible="true"], [aria-busy="true"]'), undefined, { timeout: 15_000 });
  await page.waitForTimeout(250);
}

/** Shown text set in a font under 11 px: each element's own text and its size. */
export function textUnderElevenPixels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || !parent.getClientRects().length) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 11) small.push(`${text.slice(0, 40)} (${size}px)`);
    }
    return small;
  });
}

/** How many checklist rows are shown whole inside the checklist's scrolling list. */
export function wholeChecklistRows(page: Page): Promise<number> {
  return page.getByTestId('checklist').evaluate((list) => {
    const box = list.getBoundingClientRect();
    const bottom = Math.min(box.bottom, window.innerHeight);
    return [...list.querySelectorAll('[data-item-code]')].filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.top >= box.top - 1 && rect.bottom <= bottom + 1;
    }).length;
  });
}

/** One stop of the keyboard's focus: where it is on the screen and whether its focus mark shows. */
export interface FocusStop {
  name: string;
  region: 'banner' | 'navigation' | 'main' | 'other';
  top: number;
  left: number;
  marked: boolean;
}

/** Tabs through the page from its start, at most `count` times, noting each stop. */
export async function tabThrough(page: Page, count: number): Promise<FocusStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: FocusStop[] = [];
  for (let index = 0; index < count; index++) {
    await page.keyboard.press('Tab');
    // Past the page's last control the focus leaves for the browser or starts over: the tour is over.
    const over = await page.evaluate(() => {
      const element = document.activeElement as (HTMLElement & { visitedByTab?: boolean }) | null;
      if (!element || element === document.body || element.visitedByTab) return true;
      element.visitedByTab = true;
      return false;
    });
    if (over) break;
    stops.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const region = element.closest('header') ? 'banner' : element.closest('nav') && !element.closest('main') ? 'navigation' : element.closest('main') ? 'main' : 'other';
        return {
          name: (element.getAttribute('aria-label') || element.innerText || element.getAttribute('placeholder') || element.tagName).trim().slice(0, 40),
          region,
          top: Math.round(box.top + window.scrollY),
          left: Math.round(box.left),
          marked: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
        };
      }),
    );
  }
  return stops;
}

/** Stops that break reading order: the top bar, then the rail, then the page; inside each, down the screen. */
export function outOfReadingOrder(stops: readonly FocusStop[]): string[] {
  const regionOrder = { banner: 0, navigation: 1, main: 2, other: 3 };
  const problems: string[] = [];
  for (let index = 1; index < stops.length; index++) {
    const previous = stops[index - 1]!;
    const stop = stops[index]!;
    if (regionOrder[stop.region] < regionOrder[previous.region] && stop.region !== 'other') problems.push(`"${stop.name}" (${stop.region}) after "${previous.name}" (${previous.region})`);
    // Same region: a stop may go right on the same line, down, or up to the top of a column to the right;
    // going up in the same column is out of order.
    else if (stop.region === previous.region && stop.top < previous.top - 24 && stop.left <= previous.left + 100) problems.push(`"${stop.name}" above "${previous.name}"`);
  }
  return problems;
}

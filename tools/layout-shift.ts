// Cumulative layout shift over a reader's scroll through the whole page, measured in Chromium with a
// PerformanceObserver for 'layout-shift' entries, each kept with what moved. Used by a browser test (which fails
// above the budget) and by `npm run bench` (which prints the figure).
import type { Launched } from './chromium';

export const CLS_BUDGET = 0.01;

export interface Shift {
  /** The shift's score. */
  value: number;
  /** Where the page was scrolled to when it happened. */
  scrollY: number;
  /** What moved: "canvas@territory 84→62 (h 292→314)". */
  sources: string[];
}

export interface ScrollShift {
  /**
   * Every shift without recent input, summed, from navigation to the end of the scroll: the whole page's layout
   * shift, stricter than the web-vitals CLS (which keeps only the worst burst of shifts).
   */
  cls: number;
  shifts: Shift[];
}

/** Open `url` in a new page of `browser`, scroll it top to bottom half a screen at a time, and sum the shifts. */
export async function scrollLayoutShift(browser: Launched, url: string): Promise<ScrollShift> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(observeShifts);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(scrollToBottom);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: (Shift & { input: boolean })[] }).__shifts);
    const counted = shifts.filter((s) => !s.input).map(({ value, scrollY, sources }) => ({ value, scrollY, sources }));
    return { cls: counted.reduce((sum, s) => sum + s.value, 0), shifts: counted };
  } finally {
    await page.close();
  }
}

/** Runs in the page before any of its scripts. */
function observeShifts() {
  const shifts: unknown[] = [];
  (window as unknown as { __shifts: unknown[] }).__shifts = shifts;
  const describe = (node: Node | null) => {
    if (!node) return '(removed)';
    const el = node instanceof Element ? node : node.parentElement;
    if (!el) return node.nodeName;
    const chart = el.closest<HTMLElement>('ex-scrolly')?.dataset.chart;
    return `${node instanceof Element ? '' : '#text in '}${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}${chart ? `@${chart}` : ''}`;
  };
  interface LayoutShift extends PerformanceEntry {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as LayoutShift[]) {
      shifts.push({
        value: e.value,
        input: e.hadRecentInput,
        scrollY: Math.round(window.scrollY),
        sources: e.sources.map(
          (s) =>
            `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}, h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Runs in the page: half a screen at a time (steps are at least 55% of a screen apart, so every step becomes the
 * active one at least once), two frames at each stop (the state changes, then is painted), and a pause at the end.
 */
async function scrollToBottom() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const settle = async (ms: number) => {
    await frame();
    await frame();
    await new Promise((r) => setTimeout(r, ms));
  };
  await settle(500);
  for (let y = 0; y <= document.documentElement.scrollHeight; y += Math.round(window.innerHeight / 2)) {
    window.scrollTo(0, y);
    await settle(0);
  }
  await settle(800);
}

export const describeShifts = (r: ScrollShift) =>
  r.shifts.map((s) => `${s.value.toFixed(4)} at scrollY ${s.scrollY}: ${s.sources.join('; ')}`).join('\n');

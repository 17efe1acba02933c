// Helpers for browser tests: open a page while recording console errors and requests that leave the origin,
// and scroll a step to the trigger line the way a reader's scrolling would.
import type { Page } from 'playwright-core';
import type { Launched } from '../../tools/chromium';

export interface Watched {
  page: Page;
  errors: string[];
  foreignRequests: string[];
}

export async function openWatched(browser: Launched, url: string): Promise<Watched> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  await page.goto(url);
  await waitForStory(page);
  return { page, errors, foreignRequests };
}

/**
 * The one-page story's chapter bodies are laid in after its first screen (src/client/story-parts.ts): wait until
 * every one is in (a page without parts is whole at once). A part that fails keeps its placeholder: this times out.
 */
export async function waitForStory(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-ex-part]'), undefined, { timeout });
}

/** Scroll so that the step's top sits just above the trigger line the page itself uses. */
export async function scrollStepToTrigger(page: Page, stepId: string): Promise<void> {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const fraction = window.innerWidth < 800 ? 0.75 : 0.5;
    // Brought into view first, as a link to it would: a step in a block the browser still skips
    // (content-visibility: auto) has its real place only once that block is laid out.
    el.scrollIntoView({ block: 'start' });
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * fraction + 20);
  }, stepId);
}

/** Wait until a scrolly section has drawn a given state. */
export async function waitForRendered(page: Page, chart: string, state: string, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    ([c, s]) => document.querySelector(`ex-scrolly[data-chart="${c}"]`)?.getAttribute('data-rendered-state') === s,
    [chart, state] as const,
    { timeout },
  );
}

/**
 * Without JavaScript the story's first document sends the reader on to the whole story in one document (a <noscript>
 * refresh to /one-page/): open the story as such a reader does, and arrive there.
 */
export async function openStoryWithoutScripts(page: Page, storyUrl: string): Promise<void> {
  const whole = new URL('one-page/', storyUrl).href;
  await page.goto(storyUrl);
  await page.waitForURL(whole);
  await page.waitForLoadState('load');
}

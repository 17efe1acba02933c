// A reload (or a return through history) opens the story where the reader was. The browser's own restoration keeps
// a scroll offset, and an offset no longer names the same place once the blocks above are skipped at load
// (content-visibility: auto, src/styles/deferred.css): they take their estimated height until laid out. So the
// page keeps an element at the reader's eye line instead, and scrolls that element back to where it was.
// A link's own target (#step-id) comes first; without JavaScript the browser restores the offset as ever.

import { storyIsComplete, whenStoryComplete } from './story-complete';

const KEY = `explainer:place:${location.pathname}`;

interface Place {
  /** The element's index among the elements of <main>: the same page gives the same element. */
  index: number;
  /** Its top, in viewport pixels, when the reader left. */
  top: number;
}

const inMain = () => document.querySelectorAll('main *');

/** A small element at or below the eye line (a third of the way down), outside the sticky graphics. */
function elementAtEyeLine(main: Element): Element | undefined {
  const [w, h] = [window.innerWidth, window.innerHeight];
  for (let y = Math.round(h / 3); y < h; y += 24)
    for (const x of [w / 2, w / 4, (3 * w) / 4])
      for (const el of document.elementsFromPoint(x, y))
        if (el !== main && main.contains(el) && !el.closest('.ex-scrolly__graphic') && el.getBoundingClientRect().height <= h / 2) return el;
  return undefined;
}

function remember() {
  const main = document.querySelector('main');
  // The story's parts not all in yet: an index among the elements would not name the same element once they are,
  // so no place is kept (the page then opens at the top, as a new visit would).
  const el = main && window.scrollY > 0 && storyIsComplete() ? elementAtEyeLine(main) : undefined;
  try {
    if (!el) return sessionStorage.removeItem(KEY);
    const place: Place = { index: Array.prototype.indexOf.call(inMain(), el), top: el.getBoundingClientRect().top };
    sessionStorage.setItem(KEY, JSON.stringify(place));
  } catch {
    // No storage (a private window may refuse it): the page opens at the top, as a new visit would.
  }
}

/** A reload, or a return through history, to the page itself (not to a #link's target): the place is the reader's. */
function isReturn(): boolean {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return !!entry && (entry.type === 'reload' || entry.type === 'back_forward') && !location.hash;
}

function restore() {
  let place: Place | undefined;
  try {
    place = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Place | undefined;
  } catch {
    return;
  }
  const el = place ? inMain()[place.index] : undefined;
  if (place && el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - place.top);
}

/**
 * End means the end of the page. The browser's End animates towards the page's height as it was at the key press;
 * blocks it passes are laid out on the way and take their real height, and the animation can stop short of the new
 * end. Once the scroll has ended, finish the reader's request (the key is not taken over: the browser still scrolls).
 */
function reachEndAfterEndKey(e: KeyboardEvent) {
  if (e.key !== 'End' || e.defaultPrevented || (e.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]')) return;
  let tries = 3;
  const atEnd = () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
  const settle = () => {
    if (atEnd() || tries-- === 0) return;
    window.addEventListener('scrollend', settle, { once: true });
    window.scrollTo(0, document.documentElement.scrollHeight);
  };
  window.addEventListener('scrollend', settle, { once: true });
}

if ('onscrollend' in window) window.addEventListener('keydown', reachEndAfterEndKey);

if ('scrollRestoration' in history) {
  history.scrollRestoration = 'manual';
  window.addEventListener('pagehide', remember);
  // The one-page story's chapter bodies are laid in after load (story-parts.ts): the place is in one of them. A reader
  // who has scrolled meanwhile has chosen a place of their own: the page does not take them back.
  // Only a return reads the scroll offset: reading it makes the browser lay the page out at once, and a new visit
  // should leave that to the first frame.
  if (isReturn()) {
    const startY = window.scrollY;
    // A link followed meanwhile (#id) has chosen a place too.
    whenStoryComplete(() => {
      if (window.scrollY === startY && !location.hash) restore();
    });
  }
}

// The one-page story arrives in parts (issue 14). Its first document holds the masthead, the contents, every
// chapter's header and, for each chapter's body, a placeholder that keeps the body's estimated room
// (src/components/StoryChapter.astro; the first chapter's opening prose is there too, as it begins on the first
// screens): a reader's first screen costs the same however long the story grows.
// Once the first screen is up (the load event, then its largest paint, then a moment the browser has free), this
// script fetches every body at once (the build wrote each as a fragment, src/pages/parts/) and lays them in, in
// order, parsing a little per task: nothing the reader sees first waits for them, and no task blocks the reader for
// long. A fragment brings the module scripts of its graphics (custom elements upgrade as they are laid in) and its
// states; its text is then in the page, so find-in-page finds it before it is scrolled to. When every body is in,
// <main> says so (data-ex-story="complete") and the window gets STORY_COMPLETE: a link to an element inside a body
// (#step-id) is followed then, and a reload's place restored (keep-place.ts).
// A body that cannot be fetched keeps its placeholder, which says so and links to the chapter's own page.
import { STORY_COMPLETE } from './story-complete';

const placeholders = [...document.querySelectorAll<HTMLElement>('[data-ex-part]')];

const targetOf = (hash: string) => (hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null);

/** The browser found no element for the address's #id: the element is in a body still to come. */
let pending = location.hash && !targetOf(location.hash) ? location.hash : '';
const onHashChange = () => {
  if (!targetOf(location.hash)) pending = location.hash;
};
window.addEventListener('hashchange', onHashChange);

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function fetchPart(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.text();
}

/** How much of a part's HTML is parsed in one task: a few milliseconds on a slow phone. */
const CHUNK = 32 * 1024;

/**
 * Parse a part's HTML a chunk per task, so no task blocks the reader for long: written piece by piece into a document
 * of its own (document.write parses as it is given text, as the browser parses a page arriving over the network),
 * then taken out as a fragment of this document.
 */
async function parseInSteps(html: string): Promise<DocumentFragment> {
  const doc = document.implementation.createHTMLDocument('');
  doc.open();
  doc.write('<body>');
  for (let at = 0; at < html.length;) {
    let end = Math.min(at + CHUNK, html.length);
    // Never between the two halves of a character outside the BMP.
    if (end < html.length && /[\uD800-\uDBFF]/.test(html[end - 1]!)) end -= 1;
    await nextTask();
    doc.write(html.slice(at, end));
    at = end;
  }
  doc.close();
  const fragment = document.createDocumentFragment();
  fragment.append(...document.adoptNode(doc.body).childNodes);
  return fragment;
}

/** Scripts parsed in another document do not run here: the graphics' modules are added anew (each runs once). */
function runModules(root: Element) {
  for (const old of root.querySelectorAll<HTMLScriptElement>('script[src]')) {
    const script = document.createElement('script');
    script.type = old.type;
    script.src = old.getAttribute('src')!;
    old.replaceWith(script);
  }
}

/** The next task at once, where a chain of timers would wait 4 ms a link: a message to this page. */
const taskNow = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

async function layIn() {
  const bodies = placeholders.map((el) => fetchPart(el.dataset.exPart!));
  // Every part parsed first, then laid in back to back, a task each: several land between two frames, and the
  // browser restyles once for them, not once a part.
  const fragments: (DocumentFragment | undefined)[] = [];
  for (const body of bodies) fragments.push(await body.then(parseInSteps, () => undefined));
  for (const [i, el] of placeholders.entries()) {
    const fragment = fragments[i];
    if (!fragment) {
      el.dataset.exPartFailed = '';
      continue;
    }
    await taskNow();
    // The placeholder holds its part: a block the browser skips while far from the reader (after the lede, in the
    // first chapter). A keyboard reader already on its link keeps their place: focus moves to the body laid in.
    const hadFocus = el.contains(document.activeElement);
    el.replaceChildren(fragment);
    el.removeAttribute('data-ex-part');
    if (hadFocus) {
      el.tabIndex = -1;
      el.focus({ preventScroll: true });
    }
    runModules(el);
  }
  window.removeEventListener('hashchange', onHashChange);
  document.querySelector('main')?.setAttribute('data-ex-story', 'complete');
  // A mark on the page's timeline: `npm run bench` reports how long after the load event the story is whole.
  performance.mark(STORY_COMPLETE);
  window.dispatchEvent(new Event(STORY_COMPLETE));
  const target = pending && pending === location.hash ? targetOf(pending) : null;
  if (target) target.scrollIntoView();
}

/**
 * After the load event and the first screen's largest paint (its text may be painted only after the load event),
 * when the browser is idle: the parts then never compete with what the reader sees first. Where the browser does
 * not report that paint, after the next frames; and never later than a moment after load (a page opened in a
 * background tab paints nothing until shown). At once if the reader asks to find in the page (Ctrl+F, Cmd+F or F3)
 * before then: the browser's find bar searches as they type, and every chapter's text should be there to find.
 */
function afterFirstScreen(fn: () => void) {
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    window.removeEventListener('keydown', onFind);
    fn();
  };
  function onFind(e: KeyboardEvent) {
    if (e.key === 'F3' || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f')) run();
  }
  window.addEventListener('keydown', onFind);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 50);
  };
  const afterLoad = () => {
    setTimeout(start, 2000);
    if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      const seen = new PerformanceObserver(() => {
        seen.disconnect();
        start();
      });
      seen.observe({ type: 'largest-contentful-paint', buffered: true });
    } else requestAnimationFrame(() => requestAnimationFrame(start));
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

afterFirstScreen(() => void layIn());

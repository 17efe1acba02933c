// <ex-scrolly>: enhances a server-rendered scrolly section that already reads well without JavaScript.
// The state shown is always state(activeStep), where the active step is read from the page's geometry;
// scrollama's enter/exit events, resizes and anchor jumps only ask for that reading to be taken again.
import type { StateBase } from '../kinds/types';
import { activeStepIndex, triggerFraction } from './active-step';
import { watchSteps, type StepWatcher } from './scroller';
import { rendererFor, type ChartView } from '../kinds/renderers';
import { copyEmbedCode, showEmbedCopy, showEmbedState } from './embed-code';
// A reload reopens the story at the reader's place (keep-place.ts): the page's own script does it (StoryScript.astro).

/** 'scrollend' where the browser has it; plain 'scroll' (coalesced per frame by requestSync) elsewhere. */
const SCROLL_END = 'onscrollend' in window ? 'scrollend' : 'scroll';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

class ExScrolly extends HTMLElement {
  private states: Record<string, StateBase> = {};
  private steps: HTMLElement[] = [];
  private watcher: StepWatcher | undefined;
  private view: ChartView | undefined;
  private shown: string | undefined;
  private hasRendered = false;
  private lastWidth = 0;
  private frame = 0;
  private resizeTimer = 0;
  private readonly onResize = () => this.scheduleResize();
  // Any event after which the active step may differ: it carries no state, it only asks for a new reading.
  private readonly onMaybeMoved = () => this.requestSync();
  private visibility: IntersectionObserver | undefined;
  /** Watches for the section coming near the viewport; until then it reads no geometry (see wake()). */
  private nearness: IntersectionObserver | undefined;
  private awake = false;
  private readonly onClick = (e: Event) => {
    copyStepLink(e);
    copyEmbedCode(e);
  };

  connectedCallback() {
    const json = this.querySelector('script[data-ex-states]')?.textContent;
    if (!json) return;
    this.states = JSON.parse(json) as Record<string, StateBase>;
    this.steps = [...this.querySelectorAll<HTMLElement>('[data-ex-step]')];
    if (!this.steps.length) return;
    this.dataset.enhanced = '';
    // The state the server drew, until the section wakes and reads the geometry.
    this.dataset.state ??= Object.keys(this.states)[0];
    // The table is now off-screen for screen readers only: it must not be a keyboard stop.
    this.querySelectorAll('[data-ex-table]').forEach((t) => t.removeAttribute('tabindex'));
    this.addEventListener('click', this.onClick);
    this.addEventListener('toggle', showEmbedCopy, true);
    // Nothing here reads the page's geometry: a section far from the viewport costs no layout at load (a story of
    // many chapters lays out only what the reader sees; the chapters below may be skipped by content-visibility).
    // The section wakes, and takes its first reading, when it comes within a screen of the viewport.
    this.nearness = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.wake(), { rootMargin: '100% 0px' });
    this.nearness.observe(this);
  }

  /** Once the section is near: watch its steps, listen for anything that may move them, draw the active step. */
  private wake() {
    if (this.awake) return;
    this.awake = true;
    this.nearness?.disconnect();
    this.lastWidth = window.innerWidth;
    // A step crossing the line redraws in the same frame; sync() is cheap and does nothing when the step is unchanged.
    this.watcher = watchSteps(this.steps, triggerFraction(window.innerWidth), () => this.sync());
    window.addEventListener('resize', this.onResize);
    window.addEventListener('hashchange', this.onMaybeMoved);
    // scrollama only reports steps crossing the trigger line; an instant jump can carry a step from one side to
    // the other without crossing it. The end of any scroll, and the section entering view, ask for a reading too.
    window.addEventListener(SCROLL_END, this.onMaybeMoved, { passive: true });
    this.visibility = new IntersectionObserver(() => this.requestSync());
    this.visibility.observe(this);
    if (document.readyState !== 'complete') window.addEventListener('load', this.onMaybeMoved, { once: true });
    // The kind's renderer draws the graphic; headings, captions and announcements are the same for every kind.
    void rendererFor(this.dataset.kind ?? '').then((factory) => {
      this.view = factory(this, { reducedMotion: reducedMotion(), drawn: (state) => (this.dataset.renderedState = state) });
      const shown = this.shown && this.states[this.shown];
      if (shown) this.view.draw(shown);
    });
    this.sync();
  }

  disconnectedCallback() {
    this.nearness?.disconnect();
    this.awake = false;
    this.watcher?.destroy();
    window.removeEventListener('resize', this.onResize);
    window.removeEventListener('hashchange', this.onMaybeMoved);
    window.removeEventListener(SCROLL_END, this.onMaybeMoved);
    this.visibility?.disconnect();
    window.removeEventListener('load', this.onMaybeMoved);
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('toggle', showEmbedCopy, true);
    cancelAnimationFrame(this.frame);
    clearTimeout(this.resizeTimer);
  }

  /** Coalesce bursts of events into one reading per frame. */
  private requestSync() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.sync());
  }

  /** One debounced re-measure after a width change; height-only changes (a phone's address bar) are ignored. */
  private scheduleResize() {
    clearTimeout(this.resizeTimer);
    this.resizeTimer = window.setTimeout(() => {
      if (window.innerWidth !== this.lastWidth) {
        this.lastWidth = window.innerWidth;
        this.watcher?.setOffset(triggerFraction(window.innerWidth));
        this.watcher?.resize();
      }
      this.sync();
    }, 150);
  }

  private sync() {
    const trigger = window.innerHeight * triggerFraction(window.innerWidth);
    const index = activeStepIndex(
      this.steps.map((s) => s.getBoundingClientRect().top),
      trigger,
    );
    const step = this.steps[index]!;
    const name = step.dataset.exStep!;
    this.steps.forEach((s, i) => s.toggleAttribute('data-active', i === index));
    if (name === this.shown) return;
    const state = this.states[name];
    if (!state) return;
    this.shown = name;
    this.render(state);
  }

  private render(state: StateBase) {
    this.dataset.state = state.state;
    this.text('[data-ex-heading]', state.heading);
    this.text('[data-ex-caption]', state.caption);
    // Announce changes, not the state the page opens in: the graphic's label already describes that.
    if (this.hasRendered) this.text('[data-ex-live]', state.summary);
    this.hasRendered = true;
    showEmbedState(this, state.state);
    this.view?.draw(state);
  }

  private text(selector: string, value: string) {
    const el = this.querySelector(selector);
    if (el && el.textContent !== value) el.textContent = value;
  }
}

/** A step's "#" link still jumps to the step (the address bar then holds the link); it also copies the link. */
function copyStepLink(e: Event) {
  const link = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[data-ex-copy]');
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => {
      link.dataset.copied = '';
      setTimeout(() => delete link.dataset.copied, 2000);
    },
    () => undefined, // no permission: the jump alone still gives the reader the link
  );
}

if (!customElements.get('ex-scrolly')) customElements.define('ex-scrolly', ExScrolly);

// `npm run dev` with `?debug`: the trigger line, each step's id and state, the active step (src/client/debug.ts).
// import.meta.env.DEV is false in a build, so the build holds neither this nor the module.
if (import.meta.env.DEV && new URLSearchParams(location.search).has('debug')) void import('./debug').then((m) => m.showDebugWhenWhole());

// <ex-embed>: a chart on its own page, framed by another site (src/pages/embed/[chart].astro). Previous/Next step
// through the chart's states (`?state=<id>` opens one); the kind's renderer draws them, as on the story page. The
// page tells the page framing it how tall it is, whenever that changes, so the iframe never scrolls.
import type { StateBase } from '../kinds/types';
import { rendererFor, type ChartView } from '../kinds/renderers';

/** The message public/embed.js listens for. */
export const HEIGHT_MESSAGE = 'explainer:height';
/** What public/embed.js sends when it starts late, to hear the height again. */
export const ASK_MESSAGE = 'explainer:ask-height';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

class ExEmbed extends HTMLElement {
  private states: StateBase[] = [];
  private links: Record<string, string> = {};
  private index = 0;
  /** The counter's words as the server wrote them in the page's edition ("State 1 of 4", "Стан 1 з 4"). */
  private position = '';
  private view: ChartView | undefined;
  private resize: ResizeObserver | undefined;
  private readonly onClick = (e: Event) => this.step(e);
  private readonly postHeight = () => {
    if (window.parent === window) return;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: HEIGHT_MESSAGE, chart: this.dataset.chart, height }, '*');
  };
  private readonly onMessage = (e: MessageEvent) => {
    if (e.source === window.parent && (e.data as { type?: unknown } | null)?.type === ASK_MESSAGE) this.postHeight();
  };

  connectedCallback() {
    const json = this.querySelector('script[data-ex-states]')?.textContent;
    if (!json) return;
    this.states = Object.values(JSON.parse(json) as Record<string, StateBase>);
    this.links = JSON.parse(this.querySelector('script[data-ex-story-links]')?.textContent ?? '{}') as Record<string, string>;
    if (!this.states.length) return;
    this.dataset.enhanced = '';
    this.querySelectorAll('[data-ex-table]').forEach((t) => t.removeAttribute('tabindex'));
    this.querySelector<HTMLElement>('[data-ex-controls]')?.removeAttribute('hidden');
    const asked = new URLSearchParams(location.search).get('state');
    this.index = Math.max(
      0,
      this.states.findIndex((s) => s.state === asked),
    );
    // The counter's words are the page's own (src/i18n/ui.ts): the browser changes only its first number.
    this.position = this.querySelector('[data-ex-position]')?.textContent ?? '';
    this.addEventListener('click', this.onClick);
    this.show(false);
    void rendererFor(this.dataset.kind ?? '').then((factory) => {
      this.view = factory(this, { reducedMotion: reducedMotion(), drawn: (state) => (this.dataset.renderedState = state) });
      this.view.draw(this.states[this.index]!);
    });
    // The document's box, not the window: it grows and shrinks with the content at any iframe width.
    this.resize = new ResizeObserver(this.postHeight);
    this.resize.observe(document.documentElement);
    window.addEventListener('message', this.onMessage);
    window.addEventListener('load', this.postHeight, { once: true });
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.onClick);
    this.resize?.disconnect();
    window.removeEventListener('message', this.onMessage);
    window.removeEventListener('load', this.postHeight);
  }

  private step(e: Event) {
    const button = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-ex-prev], button[data-ex-next]');
    if (!button || button.disabled) return;
    const next = this.index + (button.hasAttribute('data-ex-next') ? 1 : -1);
    if (next < 0 || next >= this.states.length) return;
    this.index = next;
    this.show(true);
  }

  private show(announce: boolean) {
    const state = this.states[this.index]!;
    this.dataset.state = state.state;
    this.text('[data-ex-heading]', state.heading);
    this.text('[data-ex-caption]', state.caption);
    const position = this.position.replace(/\d+/, String(this.index + 1));
    this.text('[data-ex-position]', position);
    if (announce) this.text('[data-ex-live]', `${position}. ${state.summary}`);
    const prev = this.querySelector<HTMLButtonElement>('[data-ex-prev]');
    const next = this.querySelector<HTMLButtonElement>('[data-ex-next]');
    // A button that becomes disabled while focused would drop the focus to the page: hand it to the other one.
    const focused = document.activeElement;
    if (prev) prev.disabled = this.index === 0;
    if (next) next.disabled = this.index === this.states.length - 1;
    if (focused === prev && prev?.disabled) next?.focus();
    if (focused === next && next?.disabled) prev?.focus();
    const story = this.querySelector<HTMLAnchorElement>('[data-ex-story]');
    const link = this.links[state.state];
    if (story && link) story.setAttribute('href', link);
    this.view?.draw(state);
    this.postHeight();
  }

  private text(selector: string, value: string) {
    const el = this.querySelector(selector);
    if (el && el.textContent !== value) el.textContent = value;
  }
}

if (!customElements.get('ex-embed')) customElements.define('ex-embed', ExEmbed);

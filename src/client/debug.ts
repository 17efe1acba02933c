// The dev server's debug view, for editors placing steps: open any page with `?debug` under `npm run dev`.
// It draws the trigger line (a step becomes active when its top edge crosses it), outlines every step with its id
// and state, marks the active one, and lists, for each scrolly section in view, the active step and the state drawn.
// Loaded only from the dev server (src/client/ex-scrolly.ts imports it behind import.meta.env.DEV), so the build
// holds none of it. It reads the page; it changes nothing the reader's code relies on.
import { triggerFraction } from './active-step';
import { whenStoryComplete } from './story-complete';

const COLOR = '#c026d3';

const CSS = `
.ex-debug-line { position: fixed; left: 0; right: 0; height: 0; border-top: 2px dashed ${COLOR}; z-index: 9999; pointer-events: none; }
.ex-debug-line span, .ex-debug-tag, .ex-debug-panel {
  font: 12px/1.35 ui-monospace, Menlo, Consolas, monospace; color: #fff; background: ${COLOR}; border-radius: 3px;
}
.ex-debug-line span { position: absolute; right: 8px; top: 2px; padding: 1px 6px; }
.ex-debug-tag { position: fixed; z-index: 9999; max-width: calc(100vw - 8px); overflow: hidden; text-overflow: ellipsis; padding: 1px 6px; pointer-events: none; white-space: nowrap; opacity: 0.85; }
.ex-debug-tag[data-active] { opacity: 1; font-weight: 700; box-shadow: 0 0 0 2px #fff; }
.ex-debug-panel { position: fixed; left: 8px; bottom: 8px; z-index: 10000; padding: 6px 8px; max-width: min(44rem, calc(100vw - 16px)); white-space: pre-wrap; }
[data-ex-debug] { outline: 1px dashed ${COLOR}; outline-offset: 2px; }
[data-ex-debug][data-active] { outline: 3px solid ${COLOR}; }
`;

function element(tag: string, className: string, parent: Element): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  parent.append(el);
  return el;
}

/** One line per scrolly section in view: which step is active and which state is shown and drawn. */
export function describeSection(section: HTMLElement, trigger: number): string {
  const steps = [...section.querySelectorAll<HTMLElement>('[data-ex-step]')];
  const index = steps.findIndex((s) => s.hasAttribute('data-active'));
  const active = steps[index];
  const next = steps[index + 1];
  const toNext = next ? `; next step in ${Math.round(next.getBoundingClientRect().top - trigger)} px` : '; last step';
  return (
    `${section.dataset.chart}: step ${index + 1} of ${steps.length}` +
    (active ? ` (#${active.id})` : '') +
    ` · state ${section.dataset.state ?? '–'} · drawn ${section.dataset.renderedState ?? '–'}${toNext}`
  );
}

/** Shows the debug view once every section is in the page (the one-page story lays its chapters in after load). */
export function showDebugWhenWhole(): void {
  whenStoryComplete(() => void showDebug());
}

/** Shows the debug view; returns a function that removes it. */
export function showDebug(): () => void {
  const style = element('style', 'ex-debug-style', document.head);
  style.textContent = CSS;
  const layer = element('div', 'ex-debug', document.body);
  layer.setAttribute('aria-hidden', 'true');
  const line = element('div', 'ex-debug-line', layer);
  const lineLabel = element('span', '', line);
  const panel = element('div', 'ex-debug-panel', layer);
  const sections = [...document.querySelectorAll<HTMLElement>('ex-scrolly')];
  const steps = sections.flatMap((s) => [...s.querySelectorAll<HTMLElement>('[data-ex-step]')]);
  const tags = steps.map((step) => {
    step.setAttribute('data-ex-debug', '');
    return element('div', 'ex-debug-tag', layer);
  });

  const update = () => {
    const fraction = triggerFraction(window.innerWidth);
    const trigger = window.innerHeight * fraction;
    line.style.top = `${trigger}px`;
    lineLabel.textContent = `trigger line: ${Math.round(fraction * 100)}% of the viewport (${Math.round(trigger)} px)`;
    steps.forEach((step, i) => {
      const tag = tags[i]!;
      const top = step.getBoundingClientRect().top;
      const inView = top > -24 && top < window.innerHeight;
      tag.hidden = !inView;
      if (!inView) return;
      tag.style.top = `${Math.max(0, top - 20)}px`;
      tag.style.left = `${Math.max(0, step.getBoundingClientRect().left)}px`;
      tag.toggleAttribute('data-active', step.hasAttribute('data-active'));
      tag.textContent = `#${step.id} · state ${step.dataset.exStep}${step.hasAttribute('data-active') ? ' · ACTIVE' : ''} · triggers at this edge`;
    });
    const visible = sections.filter((s) => {
      const r = s.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    panel.textContent = visible.length ? visible.map((s) => describeSection(s, trigger)).join('\n') : 'debug: no scrolly section in view';
  };

  let frame = 0;
  const request = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  };
  const observer = new MutationObserver(request);
  for (const s of sections)
    observer.observe(s, { attributes: true, subtree: true, attributeFilter: ['data-active', 'data-state', 'data-rendered-state'] });
  window.addEventListener('scroll', request, { passive: true });
  window.addEventListener('resize', request);
  update();

  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    window.removeEventListener('scroll', request);
    window.removeEventListener('resize', request);
    steps.forEach((s) => s.removeAttribute('data-ex-debug'));
    layer.remove();
    style.remove();
  };
}

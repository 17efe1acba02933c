// "Embed this chart" under a story's chart: the snippet follows the state shown, and a button copies it.
// Without JavaScript the snippet opens the chart's first state and the button stays hidden (it has nothing to do).
import { withEmbedState } from '../lib/embed';
import { clientWords } from '../i18n/ui-client';

/**
 * Show the copy button where the browser can copy (navigator.clipboard needs a secure context), once a reader opens
 * "Embed this chart": a section laid in far from the reader then changes nothing the browser must restyle.
 * A handler for 'toggle', which does not bubble: the section listens in the capture phase.
 */
export function showEmbedCopy(e: Event): void {
  const panel = e.target as Element;
  if (!navigator.clipboard || !panel.matches('.ex-embed-code')) return;
  panel.querySelectorAll<HTMLButtonElement>('[data-ex-embed-copy]').forEach((b) => (b.hidden = false));
}

/** Point the snippet's iframe at `state`. */
export function showEmbedState(host: HTMLElement, state: string): void {
  const code = host.querySelector('[data-ex-embed-code]');
  if (!code?.textContent) return;
  const text = withEmbedState(code.textContent, state);
  if (text !== code.textContent) code.textContent = text;
}

/** A click on the copy button copies the snippet and says so, on the button and to screen readers. */
export function copyEmbedCode(e: Event): void {
  const button = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-ex-embed-copy]');
  const panel = button?.closest('.ex-embed-code');
  const code = panel?.querySelector('[data-ex-embed-code]')?.textContent;
  if (!button || !panel || !code) return;
  const status = panel.querySelector('[data-ex-embed-status]');
  const w = clientWords();
  // The button's own words, as the page wrote them in its edition, come back after "Copied".
  const label = (button.dataset.label ??= button.textContent ?? '');
  const say = (words: string, label: string) => {
    button.textContent = label;
    if (status) status.textContent = words;
  };
  navigator.clipboard.writeText(code).then(
    () => {
      say(w.copiedCode, w.copied);
      setTimeout(() => say('', label), 2000);
    },
    () => say(w.copyFailed, label),
  );
}

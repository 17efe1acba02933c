// The event the one-page story sends when every chapter's body is in the page (story-parts.ts), and the test of it,
// for scripts that need the whole page (keep-place.ts). A page without parts is complete from the start.

export const STORY_COMPLETE = 'ex:story-complete';

export const storyIsComplete = () => !document.querySelector('[data-ex-part]');

/** Run `fn` now if the page is whole, else once its last part is in. */
export function whenStoryComplete(fn: () => void) {
  if (storyIsComplete()) fn();
  else window.addEventListener(STORY_COMPLETE, fn, { once: true });
}

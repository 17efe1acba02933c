// A small typed wrapper around scrollama: one instance per scrolly section.
// scrollama's bundled types are stale (no offset(), offsets limited to tenths), so the runtime shape is declared here.
// Its events only say "look again"; the caller works out the active step from geometry.
import scrollama from 'scrollama';

interface ScrollamaRuntime {
  setup(options: { step: HTMLElement[]; offset: number }): ScrollamaRuntime;
  onStepEnter(cb: () => void): ScrollamaRuntime;
  onStepExit(cb: () => void): ScrollamaRuntime;
  resize(): ScrollamaRuntime;
  offset(x: number): ScrollamaRuntime;
  destroy(): void;
}

export interface StepWatcher {
  /** Re-measure after a layout change (a width change, fonts, images). */
  resize(): void;
  /** Move the trigger line (fraction of the viewport height). */
  setOffset(fraction: number): void;
  destroy(): void;
}

export function watchSteps(steps: HTMLElement[], offset: number, onChange: () => void): StepWatcher {
  const instance = (scrollama as unknown as () => ScrollamaRuntime)();
  instance.setup({ step: steps, offset }).onStepEnter(onChange).onStepExit(onChange);
  return {
    resize: () => void instance.resize(),
    setOffset: (fraction) => void instance.offset(fraction),
    destroy: () => instance.destroy(),
  };
}

// The browser renderers of the chart kinds, by kind name. Each kind's client.ts registers its own (its View.astro
// loads it), so nothing here names a kind; <ex-scrolly> asks for the renderer of its section's kind.
import type { StateBase } from './types';

/** Draws the states of one section's graphic; created once per section, then updated in place. */
export interface ChartView {
  draw(state: StateBase): void;
}

/** Makes the view of one section: `host` is the <ex-scrolly> element, `drawn` marks a state as drawn. */
export type ViewFactory = (host: HTMLElement, options: { reducedMotion: boolean; drawn: (state: string) => void }) => ChartView;

const registered = new Map<string, { factory?: ViewFactory; waiting: ((f: ViewFactory) => void)[] }>();

const entry = (kind: string) => {
  let e = registered.get(kind);
  if (!e) registered.set(kind, (e = { waiting: [] }));
  return e;
};

export function registerRenderer(kind: string, factory: ViewFactory): void {
  const e = entry(kind);
  e.factory = factory;
  e.waiting.splice(0).forEach((resolve) => resolve(factory));
}

/** The kind's renderer, as soon as its module has registered it (page scripts may run in any order). */
export function rendererFor(kind: string): Promise<ViewFactory> {
  const e = entry(kind);
  return e.factory ? Promise.resolve(e.factory) : new Promise((resolve) => e.waiting.push(resolve));
}

// The map kind in the browser: a state shows its layer of marks and names and moves the view (one CSS transform on
// the geometry, animated unless the reader asks for reduced motion). Everything it shows was drawn at build time.
import { registerRenderer } from '../renderers';
import type { MapState } from './index';

registerRenderer('map', (host, { drawn, reducedMotion }) => {
  const map = host.querySelector<HTMLElement>('[data-ex-map]');
  if (reducedMotion) map?.setAttribute('data-still', '');
  // The section is near (a renderer is made when it wakes: ex-scrolly.ts). A part of the one-page story brought the
  // map's geometry without its addresses, so that it cost nothing while far below (scene.ts): they are given now.
  map?.querySelectorAll('use[data-ex-href]').forEach((use) => {
    use.setAttribute('href', use.getAttribute('data-ex-href')!);
    use.removeAttribute('data-ex-href');
  });
  return {
    draw(s) {
      const state = s as MapState;
      const v = state.view;
      const view = map?.querySelector<SVGGElement>('[data-ex-map-view]');
      // A CSS transform (set through the CSSOM, which the pages' CSP allows) overrides the markup's transform
      // attribute and can be animated.
      if (view) view.style.transform = `translate(${v.x}px,${v.y}px) scale(${v.k})`;
      map?.querySelectorAll<SVGElement>('[data-state]').forEach((el) => el.toggleAttribute('data-active', el.dataset.state === state.state));
      map?.querySelector('[data-ex-map-svg]')?.setAttribute('aria-label', state.summary);
      drawn(state.state);
    },
  };
});

// The plan kind in the browser: a state brings its themes forward by one attribute the CSS reads.
import { registerRenderer } from '../renderers';
import type { PlanState } from './index';

registerRenderer('plan', (host, { drawn }) => ({
  draw(s) {
    const state = s as PlanState;
    const grid = host.querySelector<HTMLElement>('[data-ex-plan]');
    if (grid) grid.dataset.highlight = state.highlight.join(' ');
    drawn(state.state);
  },
}));

// The key above a bar chart, as HTML: drawn at build time for the state the page opens in (and, invisibly, for
// every state, so the key's box is as tall as its longest form) and redrawn by the browser on each step.
import type { BarChartState } from './types';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function legendHtml(state: BarChartState): string {
  const items = state.stacked ? state.series.map((s) => `<span class="ex-key ex-key--${s.token}">${escape(s.name)}</span>`) : [];
  if (state.series.some((s) => s.bars.some((b) => b?.kind === 'claim')))
    items.push(`<span class="ex-key ex-key--hatch">${escape(state.claimKey)}</span>`);
  return items.join('');
}

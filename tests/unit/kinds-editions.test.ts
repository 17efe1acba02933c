// The chart kinds in each edition: a catalog of the Ukrainian edition (here the published catalog with its locale set
// to `uk`, so the test does not depend on the translations of the texts) makes every kind write its own words in
// Ukrainian, its figures in Ukrainian style and its CSV with Ukrainian column names; the English catalog keeps the
// English words. The words table (src/i18n/ui-kinds.ts) gives every entry in both editions.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/reader/catalog';
import type { StateBase } from '../../src/kinds/types';
import type { BarChartState } from '../../src/kinds/bar/types';
import type { MapChartFile } from '../../src/kinds/map';
import { mapLayouts } from '../../src/kinds/map';
import { sceneHtml } from '../../src/kinds/map/scene';
import { dataRows } from '../../src/kinds/bar/table';
import { tableIds } from '../../src/kinds/bar';
import { legendHtml } from '../../src/kinds/bar/legend';
import { toBarOptions, type Palette } from '../../src/kinds/bar/config';
import { themeLabels } from '../../src/kinds/plan/themes';
import { flagWords } from '../../src/kinds/matrix';
import { CSV_COLUMNS, FLAG_WORDS_IN, RELIABILITY_WORDS, THEME_WORDS, UI_KINDS, regionLabelIn, regionNameIn } from '../../src/i18n/ui-kinds';
import { UI_CLIENT } from '../../src/i18n/ui-client';
import { REGION_IDS } from '../../src/schemas/places';
import { loadTestSite } from '../support/catalog';
import { pngSize } from '../support/png';
import { statePicture } from '../../src/kinds/bar/pictures';
import { statesOf } from '../../src/kinds/common';
import { cardPath, storyCardPath } from '../../src/social/cards';
import { renderStoryCard } from '../../src/social/story-card';
import { csvPath } from '../../src/lib/csv';

const site = loadTestSite();
const en = site.catalog;
const uk: Catalog = { ...en, locale: 'uk' };
const chart = (id: string) => site.charts.get(id)!;
const statesIn = (id: string, catalog: Catalog) => chart(id).kind.states(chart(id).chart, catalog) as Record<string, StateBase>;
const csvIn = (id: string, catalog: Catalog) => chart(id).kind.csv(chart(id).chart, catalog).split('\r\n');
const CYRILLIC = /[\u0400-\u04ff]/;
const palette: Palette<string> = { solid: () => '#000', hatch: () => '#000', line: () => '#000', text: '#000', grid: '#000' };

/** Every entry's words in an edition, functions called with sample arguments. */
const sample = (w: unknown): string => (typeof w === 'function' ? (w as (...a: unknown[]) => string)('X', 'Y', 'Z') : String(w));

describe('the words of the chart kinds', () => {
  it('give every entry in English and in Ukrainian, and the Ukrainian in Ukrainian', () => {
    const tables = { UI_KINDS, UI_CLIENT, THEME_WORDS, RELIABILITY_WORDS, FLAG_WORDS_IN };
    for (const [name, table] of Object.entries(tables))
      for (const [key, words] of Object.entries(table as Record<string, { en: unknown; uk: unknown }>)) {
        const [e, u] = [sample(words.en), sample(words.uk)];
        expect(e.trim(), `${name}.${key}.en`).not.toBe('');
        expect(u.trim(), `${name}.${key}.uk`).not.toBe('');
        expect(u, `${name}.${key}.uk`).toMatch(CYRILLIC);
        expect(u, `${name}.${key}.uk is the English`).not.toBe(e);
      }
  });
  it('name every region and country of the maps in Ukrainian, and a region on the map by its adjective', () => {
    for (const id of REGION_IDS) expect(regionNameIn(id, 'uk'), id).toMatch(CYRILLIC);
    expect(regionNameIn('donetsk', 'uk')).toBe('Донецька область');
    expect(regionLabelIn('donetsk', 'uk')).toBe('Донецька');
    expect(regionLabelIn('kyiv-city', 'uk')).toBe('Київ');
    expect(regionLabelIn('kyiv', 'en')).toBe('Kyiv');
    expect(regionNameIn('kyiv', 'en')).toBe('Kyiv region');
  });
  it('name every CSV column in both editions', () => {
    for (const [column, words] of Object.entries(CSV_COLUMNS)) {
      expect(words.en).toBe(column);
      expect(words.uk).not.toBe('');
    }
  });
});

describe('bar: a Ukrainian catalog', () => {
  const states = statesIn('territory', uk) as Record<string, BarChartState>;
  const mod = Object.values(states)
    .flatMap((s) => s.series.flatMap((x) => x.bars))
    .find((b) => b?.valueId === 'mod-2025-09-25')!;
  it('labels a bar with its figure and kind in Ukrainian, its number grouped with a space', () => {
    expect(mod.display).toBe('понад 4\u00a0714\u00a0км² · твердження');
    const english = Object.values(statesIn('territory', en) as Record<string, BarChartState>)
      .flatMap((s) => s.series.flatMap((x) => x.bars))
      .find((b) => b?.valueId === 'mod-2025-09-25')!;
    expect(english.display).toBe('more than 4,714 km² · claim');
  });
  it('gives the key and the axis in Ukrainian', () => {
    const s = Object.values(states).find((x) => x.series.some((y) => y.bars.some((b) => b?.kind === 'claim')))!;
    expect(s.locale).toBe('uk');
    expect(legendHtml(s)).toContain('Штриховка: твердження');
    expect(toBarOptions(s, palette, true).locale).toBe('uk-UA');
    expect(toBarOptions({ ...s, locale: 'en' }, palette, true).locale).toBe('en-GB');
  });
  it("writes the data table's rows in Ukrainian, without square miles", () => {
    const rows = dataRows(uk, tableIds(chart('territory').chart.spec as never, uk));
    const row = rows.find((r) => r.id === 'mod-2025-09-25')!;
    expect(row.kind).toBe('твердження');
    expect(row.kindId).toBe('claim');
    expect(row.figure).toBe('понад 4\u00a0714\u00a0км²');
    expect(row.alternate).toBeUndefined();
    expect(row.period).toMatch(/січ.*вер.*2025/);
    const englishRow = dataRows(en, tableIds(chart('territory').chart.spec as never, en)).find((r) => r.id === 'mod-2025-09-25')!;
    expect([englishRow.kind, englishRow.figure, englishRow.alternate]).toEqual(['claim', 'more than 4,714 km²', '1,820 sq mi']);
  });
  it("says a claim's denial in Ukrainian in its note", () => {
    const denied = [...uk.values.values()].find((v) => v.denial)!;
    const row = dataRows(uk, [denied.id])[0]!;
    expect(row.note).toContain(`заперечення: ${denied.denial!.by}`);
    expect(row.note).toMatch(/«.+»/);
    expect(dataRows(en, [denied.id])[0]!.note).toContain(`denied by ${denied.denial!.by}`);
  });
  it('names the CSV columns in Ukrainian, and keeps the English file as it was', () => {
    expect(csvIn('territory', uk)[0]).toBe(
      'id,назва,значення,одиниця,уточнення,тип,чиї_дані,від,дата,примітка,джерело_id,джерело_видавець,джерело_заголовок,джерело_url,джерело_дата',
    );
    expect(csvIn('territory', en)[0]).toBe(
      'id,label,value,unit,qualifier,kind,by,from,date,note,source_id,source_publisher,source_title,source_url,source_published',
    );
    expect(csvIn('territory', uk).find((l) => l.startsWith('mod-2025-09-25,'))).toContain(',4714,km2,more-than,твердження,');
  });
});

describe('plan, matrix and map: a Ukrainian catalog', () => {
  it("lists a theme's point numbers with the Ukrainian 'and'", () => {
    const f = chart('plan').kind.figures!(uk);
    const many = Object.entries(f).find(([k, v]) => k.endsWith('-numbers') && v.includes(','))!;
    expect(many[1]).toMatch(/ і \d+$/);
    expect(chart('plan').kind.figures!(en)[many[0]]).toMatch(/ and \d+$/);
  });
  it("names the plan's themes and writes its CSV in Ukrainian", () => {
    expect(themeLabels('uk').territory).toBe('Територія');
    expect(themeLabels('en').territory).toBe('Territory');
    const csv = csvIn('plan', uk);
    expect(csv[0]!.startsWith('пункт,id,тема,зміст,тип,')).toBe(true);
    expect(csv[1]).toContain(',за повідомленнями ЗМІ,');
  });
  it("flags a matrix cell in Ukrainian and says 'not reported' in its CSV", () => {
    expect(flagWords('confirmed', 'uk')).toBe('підтверджено двома виданнями');
    expect(flagWords('weak', 'en')).toBe('unverified');
    const id = [...site.charts.keys()].find((k) => csvIn(k, en).some((l) => l.includes(',not reported,')))!;
    expect(csvIn(id, uk).some((l) => l.includes(',не повідомлено,'))).toBe(true);
    expect(csvIn(id, uk)[0]!.startsWith('рядок_id,рядок,стовпець_id,стовпець,')).toBe(true);
  });
  it('names regions, neighbours and the scale on a map of Ukraine in Ukrainian', () => {
    const c = chart('claims-map');
    const spec = c.chart.spec as MapChartFile;
    const labels = [...mapLayouts(spec, uk).values()].flatMap((l) => l.labels);
    const englishLabels = [...mapLayouts(spec, en).values()].flatMap((l) => l.labels);
    expect(labels.filter((l) => l.kind === 'region').map((l) => l.text)).toContain('Донецька');
    expect(englishLabels.filter((l) => l.kind === 'region').map((l) => l.text)).toContain('Donetsk');
    const neighbours = labels.filter((l) => l.kind === 'neighbour').map((l) => l.text);
    expect(neighbours.length).toBeGreaterThan(0);
    for (const n of neighbours) expect(n).toMatch(CYRILLIC);
    const states = Object.values(statesIn('claims-map', uk)).map((s) => ({ state: s.state, summary: s.summary, regions: {} }));
    expect(sceneHtml(c.chart.id, spec, uk, states, { live: true })).toMatch(/>\d+ км</);
    expect(sceneHtml(c.chart.id, spec, en, states, { live: true })).toMatch(/>\d+ km</);
  });
  it("writes a map's CSV with Ukrainian region names and column names", () => {
    const csv = csvIn('claims-map', uk);
    expect(csv[0]!.startsWith('тип_запису,id,назва,регіон,широта,довгота,')).toBe(true);
    expect(csv.some((l) => l.includes(',Харківська область,'))).toBe(true);
    expect(csv.some((l) => l.includes('Області України'))).toBe(true);
  });
});

describe('pictures, cards and CSV files of each edition', () => {
  const ukSite = { catalog: uk, charts: new Map([['territory', chart('territory')]]) };
  it("draws a Ukrainian edition's bar pictures under their own names, with Ukrainian alt text", () => {
    const p = statePicture(ukSite, 'territory', 'mod-vs-isw')!;
    expect(p.file).toMatch(/^territory-mod-vs-isw\.uk\.[0-9a-f]{8}\.png$/);
    expect(p.dark.file).toMatch(/^territory-mod-vs-isw-dark\.uk\.[0-9a-f]{8}\.png$/);
    expect(pngSize(p.png)).toEqual({ width: p.width * 2, height: p.height * 2 });
    const english = statePicture(site, 'territory', 'mod-vs-isw')!;
    expect(english.file).toMatch(/^territory-mod-vs-isw\.[0-9a-f]{8}\.png$/);
    // Ukrainian words make other pixels.
    expect(p.file.split('.').at(-2)).not.toBe(english.file.split('.').at(-2));
    expect(statePicture(ukSite, 'territory', 'no-such-state')).toBeUndefined();
  });
  it("computes an edition's states from its own catalog, even for the same chart", () => {
    const c = chart('territory');
    const first = Object.values(statesOf(c.chart, c.kind, en))[0] as BarChartState;
    const second = Object.values(statesOf(c.chart, c.kind, uk))[0] as BarChartState;
    expect([first.locale, second.locale]).toEqual(['en', 'uk']);
  });
  it('names the files of the Ukrainian edition apart from the English ones', () => {
    expect(cardPath('battlefield-claims', 'uk')).toBe('social/battlefield-claims.uk.png');
    expect(cardPath('battlefield-claims')).toBe('social/battlefield-claims.png');
    expect(storyCardPath('uk')).toBe('social-card.uk.png');
    expect(storyCardPath('en')).toBe('social-card.png');
    expect(csvPath('territory', 'uk')).toBe('data/territory.uk.csv');
    expect(csvPath('territory')).toBe('data/territory.csv');
  });
  it("draws the Ukrainian story's card at 1200×630", () => {
    expect(pngSize(renderStoryCard(uk, { title: 'План із 28 пунктів', dateline: '2025-11-21' }))).toEqual({ width: 1200, height: 630 });
  });
});

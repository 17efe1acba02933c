// The published content, locked where issue 8 fixed it: all 28 points of the plan in number order with a source
// and a reliability each, one dateline for the timeline and the notes, titles spelled as their publishers spelled
// them, Kupiansk a claimed capture with no number, AFP's own words for the 19.2%.
import { describe, expect, it } from 'vitest';
import { RELIABILITIES } from '../../src/schemas/notes';
import { loadTestCatalog, loadTestSite, readRawCatalogInput } from '../support/catalog';

// The story's own facts, as content/site.yaml gives them.
const SITE = loadTestSite().site;

const catalog = loadTestCatalog();
const input = readRawCatalogInput();

describe('the plan', () => {
  it('has 28 points, numbered 1 to 28, in that order in the file', () => {
    expect(input.planPoints.map((p) => p.point)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(catalog.values.get('plan-points-total')?.value).toBe(input.planPoints.length);
  });
  it('gives every point a summary, a source that exists, who reported it and how sure that is', () => {
    for (const p of input.planPoints) {
      expect(p.summary.length, p.id).toBeGreaterThan(10);
      expect(catalog.sources.has(p.source), p.id).toBe(true);
      expect(p.reported_by.length, p.id).toBeGreaterThan(2);
      expect(RELIABILITIES, p.id).toContain(p.reliability);
    }
  });
  it('says nowhere that a point was not reported', () => {
    for (const p of input.planPoints) expect(`${p.summary} ${p.note ?? ''}`, p.id).not.toMatch(/not reported|unknown/i);
  });
  it('marks as unverified whatever only pro-Kremlin mirrors carry', () => {
    for (const p of input.planPoints) {
      const source = catalog.sources.get(p.source)!;
      if (/pro-Kremlin/i.test(source.note ?? '')) expect(p.reliability, p.id).toBe('weak');
    }
  });
});

describe('one dateline', () => {
  it('is 21 November 2025, the day the draft text, the deadline and the answers were published', () => {
    expect(SITE.dateline).toBe('2025-11-21');
  });
  it('dates no timeline entry after the latest chapter dateline, and lists the timeline in date order', () => {
    // The story's timeline stops at SITE.dateline; a chapter with a later dateline (<Timeline from>) shows entries up to it.
    const latest = loadTestSite()
      .chapters.map((c) => c.dateline)
      .sort()
      .at(-1)!;
    expect(latest >= SITE.dateline).toBe(true);
    for (const t of catalog.timeline) expect(t.date <= latest, t.id).toBe(true);
    expect(catalog.timeline.map((t) => t.date)).toEqual([...catalog.timeline.map((t) => t.date)].sort());
  });
  it('puts every "what happened next" note after it, and tells each of them once', () => {
    for (const u of catalog.updates) expect(u.date > SITE.dateline, u.id).toBe(true);
    const timelineSources = new Set(catalog.timeline.map((t) => t.source));
    for (const u of catalog.updates) expect(timelineSources.has(u.source), u.id).toBe(false);
  });
  it('tells the Thanksgiving deadline once in the week in brief', () => {
    expect(catalog.timeline.filter((t) => /Thanksgiving/.test(t.text))).toHaveLength(1);
    expect(catalog.updates.filter((u) => /Thanksgiving/.test(u.text + u.title))).toHaveLength(0);
  });
  it('lists the energy entry after the Ternopil entry it refers to', () => {
    const ids = catalog.timeline.map((t) => t.id);
    expect(ids.indexOf('tl-2025-11-19-energy')).toBe(ids.indexOf('tl-2025-11-19-ternopil') + 1);
  });
});

describe('words the sources support', () => {
  it('quotes Leavitt as LIGA.net has her', () => {
    const leavitt = catalog.timeline.find((t) => t.id === 'tl-2025-11-20-leavitt')!;
    expect(leavitt.text).toContain('"because it\'s ongoing and constantly changing"');
    expect(leavitt.text).not.toContain('in flux');
  });
  it('gives Kupiansk as a claimed capture, not a percentage Gerasimov never gave', () => {
    const kupiansk = catalog.values.get('gerasimov-kupiansk')!;
    expect(kupiansk.kind).toBe('claim');
    expect(kupiansk.unit).not.toBe('percent');
  });
  it("uses AFP's words for the 19.2%: controls, or claims to control", () => {
    expect(catalog.values.get('occupied-share-2025-10-31')!.note).toContain('"controls, or claims to control"');
  });
  it("takes Ukraine's area as a reference figure from a page that states it", () => {
    const area = catalog.values.get('ukraine-area')!;
    expect(area.kind).toBe('reference');
    expect(catalog.sources.get(area.source)!.publisher).toBe('StopFake');
  });
  it('counts children as children', () => {
    for (const v of catalog.values.values()) if (/^Children/.test(v.label)) expect(v.unit, v.id).toBe('children');
  });
});

describe('sources', () => {
  it('spell a headline as its publisher did: the spelling of Zelensky in a title matches the page address', () => {
    for (const s of catalog.sources.values()) {
      if (s.title_is_description) continue;
      const inUrl = s.url.toLowerCase().match(/zelensk(?:iy|yy|y)/)?.[0];
      const inTitle = s.title.toLowerCase().match(/zelensk(?:iy|yy|y)?/)?.[0];
      if (inUrl && inTitle) expect(inTitle, s.id).toBe(inUrl);
    }
  });
  it('invent no date: an undated page has no published date, and says nothing that contradicts it', () => {
    for (const s of catalog.sources.values()) if (!s.published) expect(s.note ?? '', s.id).not.toMatch(/date inferred/);
  });
});

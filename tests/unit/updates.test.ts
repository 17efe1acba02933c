// "What happened next": the published notes are the ones the fact sheet supports, dated after the story, in date order.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/reader/catalog';
import { loadTestSite, readRawCatalogInput } from '../support/catalog';

// The story's own facts, as content/site.yaml gives them.
const SITE = loadTestSite().site;

describe('updates', () => {
  const input = readRawCatalogInput();

  it('dates every update after the story stops', () => {
    const catalog = buildCatalog(input);
    expect(catalog.updates.length).toBeGreaterThan(0);
    for (const u of catalog.updates) expect(u.date > SITE.dateline).toBe(true);
  });
  it('shows them in date order whatever their order in the file', () => {
    const catalog = buildCatalog({ ...input, updates: [...input.updates].reverse() });
    expect(catalog.updates.map((u) => u.date)).toEqual([...input.updates.map((u) => u.date)].sort());
  });
  it('points to the chapter that tells a note in full, with no figures of its own there', () => {
    const catalog = buildCatalog(input);
    const slugs = loadTestSite().chapters.map((c) => c.meta.slug);
    for (const u of catalog.updates.filter((x) => x.chapter)) {
      expect(slugs, u.id).toContain(u.chapter);
      expect(u.text, u.id).not.toMatch(/\{[^}]+\}/);
      expect(u.text.replace(/\b20\d\d\b/g, ''), u.id).not.toMatch(/\d/); // a year, but no figure
    }
  });
  it('labels the full-year territory figures by kind in the chapter: both versions of the claim, and estimates', () => {
    const catalog = buildCatalog(input);
    expect(catalog.updates.find((u) => u.id === 'upd-2026-01-03-territory')!.chapter).toBe('what-came-of-the-plan');
    for (const id of ['gerasimov-2025-full-year', 'gerasimov-2025-6460']) expect(catalog.values.get(id)?.kind, id).toBe('claim');
    for (const id of ['afp-isw-2025-full-year', 'isw-2025-12-09', 'deepstate-2025']) expect(catalog.values.get(id)?.kind, id).toBe('estimate');
    expect(catalog.values.get('ternopil-killed-2025-12-08')?.value).toBe(38);
  });
});

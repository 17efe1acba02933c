// "What happened next": the published notes are the ones the fact sheet supports, dated after the story, in date order.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/reader/catalog';
import { SITE } from '../../src/site';
import { readRawCatalogInput } from '../support/catalog';

describe('updates', () => {
  const input = readRawCatalogInput();

  it('dates every update after the story stops', () => {
    const catalog = buildCatalog(input);
    expect(catalog.updates.length).toBeGreaterThan(0);
    for (const u of catalog.updates) expect(u.date > SITE.asOf).toBe(true);
  });
  it('shows them in date order whatever their order in the file', () => {
    const catalog = buildCatalog({ ...input, updates: [...input.updates].reverse() });
    expect(catalog.updates.map((u) => u.date)).toEqual([...input.updates.map((u) => u.date)].sort());
  });
  it('labels the full-year territory figures by kind: an estimate and a claim', () => {
    const catalog = buildCatalog(input);
    const text = catalog.updates.find((u) => u.id === 'upd-2026-01-03-territory')!.text;
    expect(text).toContain('{afp-isw-2025-full-year}');
    expect(text).toContain('{gerasimov-2025-full-year}');
    expect(catalog.values.get('afp-isw-2025-full-year')?.kind).toBe('estimate');
    expect(catalog.values.get('gerasimov-2025-full-year')?.kind).toBe('claim');
    expect(catalog.values.get('ternopil-killed-2025-12-08')?.value).toBe(38);
  });
});

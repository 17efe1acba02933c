import { describe, expect, it } from 'vitest';
import { valueSchema, datasetSchema } from '../../src/schemas/value';
import { sourceSchema } from '../../src/schemas/source';
import { chapterSchema } from '../../src/schemas/chapter';
import { buildCatalog } from '../../src/reader/catalog';
import { ContentError } from '../../src/reader/errors';
import { readRawCatalogInput } from '../support/catalog';

const good = {
  id: 'isw-2025-09-25',
  label: 'ISW estimate',
  value: 3434,
  unit: 'km2',
  kind: 'estimate',
  by: 'ISW',
  source: 'glob-news',
  date: '2025-09-25',
};

const issuesFor = (input: unknown) => {
  const r = valueSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('value schema', () => {
  it('accepts a complete value', () => {
    expect(issuesFor(good)).toEqual([]);
  });
  it('rejects a value with no source', () => {
    const { source: _drop, ...noSource } = good;
    expect(issuesFor(noSource).join()).toMatch(/^source:/);
  });
  it('rejects an unknown kind, naming the kinds it allows', () => {
    const issues = issuesFor({ ...good, kind: 'guess' }).join();
    expect(issues).toMatch(/^kind:/);
    expect(issues).toContain('official-count');
  });
  it('rejects a number written as text', () => {
    expect(issuesFor({ ...good, value: '3,434' }).join()).toMatch(/^value: a plain number/);
  });
  it('rejects a date that is not YYYY-MM-DD or not a real day', () => {
    expect(issuesFor({ ...good, date: '25/09/2025' }).join()).toMatch(/^date: write the date as YYYY-MM-DD/);
    expect(issuesFor({ ...good, date: '2025-02-30' }).join()).toMatch(/^date: not a real calendar date/);
  });
  it('rejects a misspelt field rather than ignoring it', () => {
    expect(issuesFor({ ...good, sorce: 'x' }).length).toBeGreaterThan(0);
  });
  it('keeps a YAML date object as its YYYY-MM-DD string', () => {
    expect(valueSchema.parse({ ...good, date: new Date('2025-09-25T00:00:00Z') }).date).toBe('2025-09-25');
  });
});

describe('source and chapter schemas', () => {
  it('rejects a malformed URL', () => {
    expect(sourceSchema.safeParse({ id: 'a', publisher: 'P', title: 'T', url: 'www.example.org', published: '2025-11-20' }).success).toBe(false);
  });
  it('requires title, order and slug in chapter frontmatter', () => {
    expect(chapterSchema.safeParse({ title: 'x', standfirst: 'y' }).success).toBe(false);
    expect(chapterSchema.parse({ title: 'x', order: 1, slug: 'x', standfirst: 'y' }).draft).toBe(false);
  });
});

describe('catalog cross-checks', () => {
  const dataset = (values: unknown[]) => ({ ...datasetSchema.parse({ id: 'test', title: 'T', values }), file: 'content/data/datasets/test.yaml' });
  const source = sourceSchema.parse({ id: 'glob-news', publisher: 'Glob News', title: 'T', url: 'https://example.org', published: '2025-10-16' });

  it('rejects a value whose source id is not in sources.yaml, with a suggestion', () => {
    const make = () =>
      buildCatalog({ sources: [source], datasets: [dataset([{ ...good, source: 'glob-new' }])], planPoints: [], timeline: [], updates: [] });
    expect(make).toThrow(ContentError);
    expect(make).toThrow(/content\/data\/datasets\/test\.yaml — values\[0\] \(isw-2025-09-25\)\.source: unknown source `glob-new`/);
    expect(make).toThrow(/Did you mean `glob-news`\?/);
  });
  it('rejects the same value id in two datasets', () => {
    const a = { ...datasetSchema.parse({ id: 'a', title: 'A', values: [good] }), file: 'content/data/datasets/a.yaml' };
    const b = { ...datasetSchema.parse({ id: 'b', title: 'B', values: [good] }), file: 'content/data/datasets/b.csv' };
    expect(() => buildCatalog({ sources: [source], datasets: [a, b], planPoints: [], timeline: [], updates: [] })).toThrow(
      /already used in content\/data\/datasets\/a\.yaml/,
    );
  });
  it('gives a difference of two kinds the kind `difference`, keeps the kind of a difference of one kind, and lets no value be written as one', () => {
    const claim = { ...good, id: 'claim-a', kind: 'claim', by: 'MoD' };
    const other = { ...good, id: 'estimate-b', value: 3000 };
    const derived = [
      { id: 'gap-claim-estimate', label: 'Gap', op: 'difference', of: ['claim-a', 'isw-2025-09-25'] },
      { id: 'gap-two-estimates', label: 'Gap', op: 'difference', of: ['isw-2025-09-25', 'estimate-b'] },
    ];
    const ds = { ...datasetSchema.parse({ id: 'test', title: 'T', values: [good, claim, other], derived }), file: 'content/data/datasets/test.yaml' };
    const catalog = buildCatalog({ sources: [source], datasets: [ds], planPoints: [], timeline: [], updates: [] });
    expect(catalog.values.get('gap-claim-estimate')?.kind).toBe('difference');
    expect(catalog.values.get('gap-two-estimates')?.kind).toBe('estimate');
    expect(issuesFor({ ...good, kind: 'difference' })[0]).toMatch(/^kind: /);
    expect(issuesFor({ ...good, kind: 'statement' })).toEqual([]);
  });
  it('accepts the published data files', () => {
    const catalog = buildCatalog(readRawCatalogInput());
    expect(catalog.values.get('isw-2025-09-25')?.value).toBe(3434);
    expect(catalog.values.get('attack-2025-09-07-drones')?.value).toBe(810);
  });
});

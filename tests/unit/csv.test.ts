// The CSV under each chart: what each kind's rows hold, with kinds, dates and sources.
import { describe, expect, it } from 'vitest';
import { csvField, csvPath, toCsv } from '../../src/lib/csv';
import { loadTestSite } from '../support/catalog';

const site = loadTestSite();
const csvOf = (id: string) => {
  const c = site.charts.get(id)!;
  return c.kind.csv(c.chart, site.catalog).trimEnd().split('\r\n');
};

describe('csv', () => {
  it('quotes fields that hold commas, quotes or line breaks', () => {
    expect(csvField('ISW estimate, 1 Jan–25 Sep')).toBe('"ISW estimate, 1 Jan–25 Sep"');
    expect(csvField('said "without cause"')).toBe('"said ""without cause"""');
    expect(csvField(3434)).toBe('3434');
    expect(csvField(undefined)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
  it('gives a bar chart one row per value of its table, with kind, dates and source', () => {
    const lines = csvOf('territory');
    expect(lines[0]).toBe('id,label,value,unit,qualifier,kind,by,from,date,note,source_id,source_publisher,source_title,source_url,source_published');
    const spec = site.charts.get('territory')!.chart.spec as { table?: string[] };
    expect(lines.length - 1).toBe(spec.table!.length);
    const isw = lines.find((l) => l.startsWith('isw-2025-09-25,'))!;
    expect(isw).toContain(',3434,km2,about,estimate,ISW,2025-01-01,2025-09-25,');
    expect(isw).toContain(',glob-news-isw-2025-10-16,Glob News (summarising ISW),');
    // Every row ends with its source's address and publication date; the date is empty only for a page that shows none.
    for (const [id, c] of site.charts)
      if (c.kind.name === 'bar')
        for (const line of csvOf(id).slice(1)) {
          const source = site.catalog.sources.get(site.catalog.values.get(line.split(',')[0]!)!.source)!;
          expect(line).toMatch(source.published ? /,"?https:\/\/[^"]+"?,\d{4}-\d{2}-\d{2}$/ : /,"?https:\/\/[^"]+"?,$/);
        }
  });
  it('gives the plan one row per point, in point order, figures written out', () => {
    const lines = csvOf('plan');
    expect(lines[0]).toBe(
      'point,id,theme,summary,kind,reported_by,reliability,number_from_mirrors,note,source_id,source_publisher,source_title,source_url,source_published',
    );
    expect(lines.length - 1).toBe(site.catalog.planPoints.length);
    expect(lines[1]!.startsWith('1,point-1,')).toBe(true);
    expect(lines.join('\n')).not.toMatch(/\{[a-z0-9-]+(\.[a-z]+)?\}/);
  });
  it('lives at data/<chart>.csv under the base path', () => {
    expect(csvPath('territory')).toBe('data/territory.csv');
  });
});

// The CSV under each chart: every value the chart draws, with its kind, dates and source.
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/registry';
import { chartCsv, csvField, csvPath, toCsv } from '../../src/data/csv';
import { loadTestCatalog } from '../support/catalog';

const catalog = loadTestCatalog();
const parse = (csv: string) => csv.trimEnd().split('\r\n');

describe('csv', () => {
  it('quotes fields that hold commas, quotes or line breaks', () => {
    expect(csvField('ISW estimate, 1 Jan–25 Sep')).toBe('"ISW estimate, 1 Jan–25 Sep"');
    expect(csvField('said "without cause"')).toBe('"said ""without cause"""');
    expect(csvField(3434)).toBe('3434');
    expect(csvField(undefined)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
  it('gives a bar chart one row per value, with kind, dates and source', () => {
    const lines = parse(chartCsv(catalog, CHARTS.territory!));
    expect(lines[0]).toBe('id,label,value,unit,qualifier,kind,by,from,date,note,source_id,source_publisher,source_title,source_url,source_published');
    expect(lines.length - 1).toBe(CHARTS.territory!.valueIds.length);
    const isw = lines.find((l) => l.startsWith('isw-2025-09-25,'))!;
    expect(isw).toContain(',3434,km2,about,estimate,ISW,2025-01-01,2025-09-25,');
    expect(isw).toContain(',glob-news-isw-2025-10-16,Glob News (summarising ISW),');
    // Every row ends with its source's address and publication date; the date is empty only for a page that shows none.
    for (const chart of ['attacks', 'cities', 'territory'])
      for (const line of parse(chartCsv(catalog, CHARTS[chart]!)).slice(1)) {
        const source = catalog.sources.get(catalog.values.get(line.split(',')[0]!)!.source)!;
        expect(line).toMatch(source.published ? /,"?https:\/\/[^"]+"?,\d{4}-\d{2}-\d{2}$/ : /,"?https:\/\/[^"]+"?,$/);
      }
  });
  it('gives the plan one row per reported point, in point order, figures written out', () => {
    const lines = parse(chartCsv(catalog, CHARTS.plan!));
    expect(lines[0]).toBe('point,id,theme,summary,kind,reported_by,reliability,number_from_mirrors,note,source_id,source_publisher,source_title,source_url,source_published');
    expect(lines.length - 1).toBe(catalog.planPoints.length);
    expect(lines[1]!.startsWith('1,point-1,')).toBe(true);
    expect(lines.join('\n')).not.toMatch(/\{[a-z0-9-]+\}/);
  });
  it('lives at data/<chart>.csv under the base path', () => {
    expect(csvPath('territory')).toBe('data/territory.csv');
  });
});

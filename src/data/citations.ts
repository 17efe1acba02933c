// Which sources a page cites: read from the components its chapters use and the data those components show.
// The sources section lists exactly these; a source in sources.yaml that nothing cites is an error.
import { CHARTS } from '../charts/registry';
import type { Catalog } from './catalog';
import { DATA_FILES, placeholdersIn } from './catalog';
import { ContentError } from './errors';

const attrOf = (tag: string, attr: string) => new RegExp(`<${tag}\\b[^>]*?\\b${attr}="([^"]+)"`, 'g');

function valueSources(catalog: Catalog, id: string): string[] {
  const v = catalog.values.get(id);
  return v ? [v.source, ...(v.denial ? [v.denial.source] : [])] : [];
}

function textSources(catalog: Catalog, text: string): string[] {
  return placeholdersIn(text).flatMap((id) => valueSources(catalog, id));
}

/** Source ids cited by the given MDX chapter bodies, in order of first citation. */
export function sourcesCitedByChapters(catalog: Catalog, bodies: string[]): string[] {
  const ids: string[] = [];
  for (const body of bodies) {
    for (const m of body.matchAll(attrOf('Fig', 'id'))) ids.push(...valueSources(catalog, m[1]!));
    for (const m of body.matchAll(attrOf('Cite', 'id'))) ids.push(m[1]!);
    for (const m of body.matchAll(attrOf('Quote', 'source'))) ids.push(m[1]!);
    for (const m of body.matchAll(attrOf('Scrolly', 'chart'))) {
      const chart = CHARTS[m[1]!];
      if (!chart) continue;
      ids.push(...chart.valueIds.flatMap((id) => valueSources(catalog, id)));
      if (chart.id === 'plan') for (const p of catalog.planPoints) ids.push(p.source, ...textSources(catalog, p.summary));
    }
    if (/<Timeline\b/.test(body)) for (const t of catalog.timeline) ids.push(t.source, ...textSources(catalog, t.text));
  }
  return [...new Set(ids)];
}

/** Source ids cited by the "what happened next" updates. */
export function sourcesCitedByUpdates(catalog: Catalog): string[] {
  return [...new Set(catalog.updates.flatMap((u) => [u.source, ...textSources(catalog, u.text)]))];
}

/** Throws when sources.yaml holds a source that nothing on the site cites. */
export function assertNoUnusedSources(catalog: Catalog, cited: Iterable<string>): void {
  const used = new Set(cited);
  const ids = [...catalog.sources.keys()];
  const unused = ids.filter((id) => !used.has(id));
  if (unused.length)
    throw new ContentError(
      unused.map((id) => ({
        file: DATA_FILES.sources,
        field: `[${ids.indexOf(id)}] (${id})`,
        path: [ids.indexOf(id), 'id'],
        message: 'this source is cited nowhere: no chapter, data value, timeline entry or update names it, so the sources list would not show it.',
        hint: `cite it in a chapter with <Cite id="${id}">words</Cite> or <Quote source="${id}" by="…">, or from a data value (\`source: ${id}\`); or remove it.`,
      })),
    );
}

// Which sources a page cites: read from the components its chapters use (src/mdx/specs.ts says which props name a
// value or a source) and from the charts and data those components show. The sources section lists exactly these;
// a source in sources.yaml that nothing cites is an error.
import type { Catalog } from '../reader/catalog';
import { valueSources } from '../reader/catalog';
import { ContentError } from '../reader/errors';
import { DATA_FILES } from '../content-paths';
import { placeholdersIn } from '../reader/placeholders';
import { COMPONENTS } from '../mdx/specs';
import type { CheckedChart } from './charts';
import { attr, walkComponents, type Node } from './chapter';
import { timelineEntries } from './timeline';

const textSources = (catalog: Catalog, text: string) => placeholdersIn(text).flatMap((p) => valueSources(catalog, p.id));

/** Source ids cited by one chapter's tree, in order of first citation. */
export function sourcesCitedByChapter(tree: Node, catalog: Catalog, charts: ReadonlyMap<string, CheckedChart>, dateline: string): string[] {
  const ids: string[] = [];
  walkComponents(tree, (node) => {
    const spec = COMPONENTS[node.name ?? ''];
    for (const p of spec?.props ?? []) {
      const value = attr(node, p.name);
      // A translation's <Cite for> names the English source it stands in for; the page cites its own `id`.
      if (value === undefined || p.name === 'for') continue;
      if (p.names === 'value') ids.push(...valueSources(catalog, value));
      if (p.names === 'source') ids.push(value);
      if (p.names === 'chart') {
        const c = charts.get(value);
        if (c) ids.push(...c.kind.sources(c.chart, catalog));
      }
    }
    if (node.name === 'Timeline')
      for (const t of timelineEntries(catalog, attr(node, 'from'), attr(node, 'to') ?? dateline)) ids.push(t.source, ...textSources(catalog, t.text));
  });
  return [...new Set(ids)];
}

/** Source ids cited by the "what happened next" updates. */
export function sourcesCitedByUpdates(catalog: Catalog): string[] {
  return [...new Set(catalog.updates.flatMap((u) => [u.source, ...textSources(catalog, u.text)]))];
}

/** Source ids cited by the corrections log, in order; of one chapter's corrections when `chapter` (a slug) is given. */
export function sourcesCitedByCorrections(catalog: Catalog, chapter?: string): string[] {
  const corrections = catalog.corrections.filter((c) => chapter === undefined || c.chapter === chapter);
  return [...new Set(corrections.flatMap((c) => [...c.sources, ...textSources(catalog, c.right)]))];
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
        message:
          'this source is cited nowhere: no chapter, chart, data value, timeline entry, update or correction names it, so the sources list would not show it.',
        hint: `cite it in a chapter with <Cite id="${id}">words</Cite> or <Quote source="${id}" by="…">, or from a data value (\`source: ${id}\`); or remove it.`,
      })),
    );
}

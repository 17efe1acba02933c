// What the published chapters hold, read from content/ the way the build reads it: the tests count chapters,
// scrolly sections and steps from here rather than typing the numbers.
import { KINDS } from '../../src/kinds/registry';
import { attr, walkComponents } from '../../src/checks/chapter';
import { loadTestSite } from './catalog';

/** The published chapters (drafts left out, as in a production build), in reading order. */
export function publishedChapters() {
  return loadTestSite()
    .chapters.filter((c) => !c.meta.draft)
    .sort((a, b) => a.meta.order - b.meta.order);
}

/** Every scrolly section of the published chapters, in page order: its chart, the chart's kind, and whether it draws on a canvas. */
export function publishedScrollies(): { chart: string; kind: string; canvas: boolean; chapter: string }[] {
  const site = loadTestSite();
  return publishedChapters().flatMap((c) => {
    const out: { chart: string; kind: string; canvas: boolean; chapter: string }[] = [];
    walkComponents(c.tree, (node) => {
      const chart = node.name === 'Scrolly' ? attr(node, 'chart') : undefined;
      if (!chart) return;
      const kind = site.charts.get(chart)!.kind.name;
      out.push({ chart, kind, canvas: KINDS[kind]!.canvas, chapter: c.meta.slug });
    });
    return out;
  });
}

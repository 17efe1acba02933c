// Each chapter's social card (src/social/): 1200×630, showing the chapter's key graphic.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { checkSite } from '../../src/checks/site';
import type { Node } from '../../src/checks/chapter';
import { cardAlt, cardGraphic, cardPath, keyGraphic } from '../../src/social/cards';
import { renderChapterCard } from '../../src/social/card-picture';
import { pngSize } from '../support/png';

const site = checkSite(path.resolve(import.meta.dirname, '../..'));
const { catalog, chapters } = site;
const inputs = chapters.filter((c) => !c.meta.draft).map((c) => ({ ...c.meta, tree: c.tree }));
const tree = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Node;

describe('social cards', () => {
  it.each(inputs.map((c) => [c.slug, c] as const))('draws the card of %s at 1200×630', async (_slug, chapter) => {
    const png = await renderChapterCard(catalog, chapter, cardGraphic(site, chapter), site.site.title);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('gives every chapter a card of its own', () => {
    const paths = inputs.map((c) => cardPath(c.slug));
    expect(new Set(paths).size).toBe(inputs.length);
    expect(paths).toContain('social/battlefield-claims.png');
  });

  it("shows a chapter's first scrolly graphic in the state of its first step", () => {
    const body =
      'Intro\n\n<Scrolly chart="cities">\n\n<Step state="denials">\n\nA\n\n</Step>\n\n</Scrolly>\n\n<Scrolly chart="territory">\n\n<Step state="scale">\n\nB\n\n</Step>\n\n</Scrolly>\n';
    expect(keyGraphic(tree(body))).toEqual({ chart: 'cities', state: 'denials' });
    expect(keyGraphic(tree('No graphics here.'))).toBeUndefined();
    const battle = inputs.find((c) => c.slug === 'battlefield-claims')!;
    const graphic = cardGraphic(site, battle);
    expect(graphic.kind === 'chart' && `${graphic.state.chart}/${graphic.state.state}`).toBe('territory/mod-vs-isw');
    expect(cardAlt(graphic, battle.title)).toMatch(/^Battlefield claims: .+km²/);
    const plan = cardGraphic(
      site,
      inputs.find((c) => c.slug === 'peace-plan')!,
    );
    expect(plan.kind === 'chart' && plan.chartKind.name).toBe('plan');
    expect(cardAlt(plan, 'The peace plan')).toMatch(/^The peace plan: The 28 points, as reported\. /);
    expect(cardGraphic(site, { ...battle, tree: tree('No graphics.') })).toEqual({ kind: 'text', text: battle.standfirst });
  });
});

// Each chapter's social card (src/social/): 1200×630, showing the chapter's key graphic.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/data/check-site';
import { cardAlt, cardGraphic, cardPath, keyGraphic } from '../../src/social/cards';
import { renderChapterCard } from '../../src/social/card-picture';
import { pngSize } from '../support/png';

const { catalog, chapters } = checkSite(path.resolve(import.meta.dirname, '../..'));
const inputs = chapters.filter((c) => !c.meta.draft).map((c) => ({ ...c.meta, body: c.body }));

describe('social cards', () => {
  it.each(inputs.map((c) => [c.slug, c] as const))('draws the card of %s at 1200×630', async (_slug, chapter) => {
    const png = await renderChapterCard(catalog, chapter, cardGraphic(catalog, chapter));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('gives every chapter a card of its own', () => {
    const paths = inputs.map((c) => cardPath(c.slug));
    expect(new Set(paths).size).toBe(inputs.length);
    expect(paths).toContain('social/battlefield-claims.png');
  });

  it("shows a chapter's first scrolly graphic in the state of its first step", () => {
    const body = 'Intro\n\n<Scrolly chart="cities">\n\n<Step state="denials">\n\nA\n\n</Step>\n\n</Scrolly>\n\n<Scrolly chart="territory">';
    expect(keyGraphic(body)).toEqual({ chart: 'cities', state: 'denials' });
    expect(keyGraphic('No graphics here.')).toBeUndefined();
    const battle = inputs.find((c) => c.slug === 'battlefield-claims')!;
    const graphic = cardGraphic(catalog, battle);
    expect(graphic.kind === 'bar' && `${graphic.state.chart}/${graphic.state.state}`).toBe('territory/mod-vs-isw');
    expect(cardAlt(graphic, battle.title)).toMatch(/^Battlefield claims: .+km²/);
    expect(cardGraphic(catalog, inputs.find((c) => c.slug === 'peace-plan')!).kind).toBe('plan');
    expect(cardGraphic(catalog, { ...battle, body: 'No graphics.' })).toEqual({ kind: 'text', text: battle.standfirst });
  });
});

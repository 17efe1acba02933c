// What the build writes for the chart kinds in the Ukrainian edition: its pages hold the kinds' own words in
// Ukrainian and none of their English words; every chart has a Ukrainian CSV, every bar-chart state Ukrainian
// pictures, every chapter a Ukrainian card, and the edition its own story card.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FLAG_WORDS_IN, RELIABILITY_WORDS, THEME_WORDS, UI_KINDS } from '../../src/i18n/ui-kinds';
import { csvPath } from '../../src/lib/csv';
import { cardPath, storyCardPath } from '../../src/social/cards';
import { PICTURE_DIR } from '../../src/kinds/bar/pictures';
import { publishedChapters, publishedScrollies } from '../support/content';
import { loadTestSite } from '../support/catalog';
import { pngSize } from '../support/png';

const dist = inject('distDir');
const slugs = publishedChapters().map((c) => c.meta.slug);
const charts = [...new Set(publishedScrollies().map((s) => s.chart))];
const site = loadTestSite();

/** A page's words as a reader meets them: its text and its labels, without scripts, styles or the sources list. */
function wordsOf(file: string): string {
  const html = readFileSync(path.join(dist, file), 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    // The sources list gives titles as their publishers wrote them, in any language.
    .replace(/<ol class="ex-sources[\s\S]*?<\/ol>/g, ' ');
  const labels = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  return `${html.replace(/<[^>]+>/g, ' ')} ${labels.join(' ')}`.replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, ' ');
}

/** The kinds' English words of more than one word, which no Ukrainian sentence holds by chance. */
const englishPhrases = [
  ...Object.values(UI_KINDS).map((w) => w.en),
  ...[THEME_WORDS, RELIABILITY_WORDS, FLAG_WORDS_IN].flatMap((t) => Object.values(t).map((w) => w.en)),
]
  .filter((w): w is string => typeof w === 'string' && w.includes(' '))
  // The map's credit names its data's publishers, which stay as they are.
  .filter((w) => w !== UI_KINDS.mapCredit.en);

describe('the kinds in the Ukrainian edition', () => {
  // The whole story in one document (the front page's first document holds only its frame; its parts are these).
  const pages = ['uk/index.html', 'uk/one-page/index.html', ...slugs.map((s) => `uk/chapters/${s}/index.html`)];

  it('leave none of their English words on a Ukrainian page', () => {
    expect(englishPhrases.length).toBeGreaterThan(25);
    for (const page of pages) {
      const words = wordsOf(page);
      for (const phrase of englishPhrases) expect(words.includes(phrase), `${page}: "${phrase}"`).toBe(false);
    }
  });

  it('write their own words in Ukrainian there', () => {
    const story = wordsOf('uk/one-page/index.html');
    for (const w of [UI_KINDS.claimKey.uk, UI_KINDS.colFigure.uk, UI_KINDS.showFullTable.uk, UI_KINDS.townOrCity.uk, THEME_WORDS.territory.uk])
      expect(story, w).toContain(w);
    // And the English pages keep theirs.
    const english = wordsOf('one-page/index.html');
    for (const w of [UI_KINDS.claimKey.en, UI_KINDS.showFullTable.en, UI_KINDS.townOrCity.en]) expect(english, w).toContain(w);
  });

  it('give every chart a Ukrainian CSV beside the English one, with Ukrainian column names', () => {
    expect(charts.length).toBeGreaterThan(5);
    for (const id of charts) {
      const uk = readFileSync(path.join(dist, csvPath(id, 'uk')), 'utf8');
      const en = readFileSync(path.join(dist, csvPath(id)), 'utf8');
      expect(uk.split('\r\n').length, id).toBe(en.split('\r\n').length);
      expect(uk.split('\r\n')[0], id).toContain('джерело_id');
      expect(en.split('\r\n')[0], id).toContain('source_id');
    }
  });

  it('draw every bar-chart state in Ukrainian, light and dark', () => {
    const files = readdirSync(path.join(dist, PICTURE_DIR));
    const bars = [...site.charts].filter(([id, c]) => c.kind.name === 'bar' && charts.includes(id));
    for (const [id, c] of bars)
      for (const state of Object.keys(c.chart.spec.states))
        for (const dark of ['', '-dark']) {
          const uk = files.filter((f) => new RegExp(`^${id}-${state}${dark}\\.uk\\.[0-9a-f]{8}\\.png$`).test(f));
          const en = files.filter((f) => new RegExp(`^${id}-${state}${dark}\\.[0-9a-f]{8}\\.png$`).test(f));
          expect([uk.length, en.length], `${id}/${state}${dark}`).toEqual([1, 1]);
        }
  });

  it('give every chapter a Ukrainian card, and the edition its story card, at 1200×630', () => {
    for (const file of [...slugs.map((s) => cardPath(s, 'uk')), storyCardPath('uk')]) {
      expect(existsSync(path.join(dist, file)), file).toBe(true);
      expect(pngSize(readFileSync(path.join(dist, file))), file).toEqual({ width: 1200, height: 630 });
    }
  });
});

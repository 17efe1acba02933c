// The chapter checker: every mistake is reported with file, line, column (of the prop, where there is one) and a hint.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { checkChapterTree } from '../../src/checks/chapter';
import { loadTestSite } from '../support/catalog';
import { formatProblem } from '../../src/reader/errors';

const site = loadTestSite();
const known = {
  values: site.catalog.values,
  sources: site.catalog.sources,
  charts: new Map([...site.charts].map(([id, c]) => [id, Object.keys(c.chart.spec.states)])),
};

function check(mdx: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx);
  return checkChapterTree(tree as never, 'content/chapters/test.mdx', known).map(formatProblem);
}

const scrolly = (inner: string, chart = 'territory') => `Intro.\n\n<Scrolly chart="${chart}">\n${inner}\n</Scrolly>\n`;

describe('chapter checker', () => {
  it('passes a correct chapter', () => {
    expect(check(scrolly('<Step state="mod-vs-isw">\n\nText <Fig id="isw-2025-09-25" />.\n\n</Step>'))).toEqual([]);
  });
  it('names an unknown state and suggests the right one', () => {
    expect(check(scrolly('<Step state="isw-sept">\n\nText\n\n</Step>'))).toEqual([
      'content/chapters/test.mdx:4:7 — <Step state>: unknown state `isw-sept` for chart `territory`.\n  hint: states of `territory` are `mod-vs-isw`, `putin-vs-isw`, `article-pairing`, `scale`.',
    ]);
    expect(check(scrolly('<Step state="mod-vs-iws">\n\nText\n\n</Step>'))[0]).toContain('Did you mean `mod-vs-isw`?');
  });
  it('names an unknown chart', () => {
    expect(check(scrolly('<Step state="x">\n\nT\n\n</Step>', 'teritory'))[0]).toBe(
      `content/chapters/test.mdx:3:10 — <Scrolly chart>: unknown chart \`teritory\`.\n  hint: charts are the files in content/charts/: ${[...site.charts.keys()].map((c) => `\`${c}\``).join(', ')}. Did you mean \`territory\`?`,
    );
  });
  it('names a misspelt prop', () => {
    expect(check('Text <Fig idd="isw-2025-09-25" />.\n')).toEqual([
      'content/chapters/test.mdx:1:11 — <Fig idd>: unknown prop `idd`.\n  hint: <Fig> takes `id`. Did you mean `id`?',
      'content/chapters/test.mdx:1:6 — <Fig id>: the prop `id` is required.\n  hint: write it inside the tag: <Fig id="…">.',
    ]);
  });
  it('names an unknown component', () => {
    expect(check('<Qoute by="Kaja Kallas" source="x">Words</Qoute>\n')[0]).toMatch(
      /^content\/chapters\/test\.mdx:1:1 — <Qoute>: unknown component\.\n {2}hint: .*Did you mean `Quote`\?$/,
    );
  });
  it('refuses a Step outside a Scrolly, and JavaScript in a chapter', () => {
    expect(check('<Step state="scale">\n\nT\n\n</Step>\n')[0]).toContain('a <Step> must sit inside a <Scrolly');
    expect(check('import X from "./x";\n\nText\n')[0]).toContain('chapters hold no JavaScript');
  });
  it('refuses two steps for the same state', () => {
    const twice = '<Step state="scale">\n\nA\n\n</Step>\n\n<Step state="scale">\n\nB\n\n</Step>';
    expect(check(scrolly(twice))[0]).toContain('already has a step (line 4)');
  });
});

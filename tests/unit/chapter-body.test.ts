// A chapter's body read as HTML at build time (src/lib/chapter-body.ts): what it holds, and where its lede ends.
import { describe, expect, it } from 'vitest';
import { bodyCounts, splitLede } from '../../src/lib/chapter-body';

const para = (n: number, words = 'word ') => `<p>${words.repeat(n).trim()}</p>`;
const body = (...blocks: string[]) =>
  `<div class="ex-prose">${blocks.join('\n')}</div><section class="ex-corrections"><h3>Corrections</h3></section>`;
const scrolly = '<ex-scrolly data-chart="c"><div class="ex-step" data-ex-step="a">A step</div></ex-scrolly>';
const script = '<script type="module" src="/_assets/View.js"></script>';

describe('splitLede', () => {
  it('keeps the opening prose up to the first graphic, and leaves the rest a body of the same make', () => {
    const html = body(para(10), '<h3 id="h">A heading</h3>', para(10), scrolly, para(5, 'after '));
    const { lede, rest } = splitLede(html);
    expect(lede).toBe(`${para(10)}\n<h3 id="h">A heading</h3>\n${para(10)}`);
    expect(rest).toBe(`<div class="ex-prose">${scrolly}\n${para(5, 'after ')}</div><section class="ex-corrections"><h3>Corrections</h3></section>`);
  });

  it('stops before a block that would pass the budget, and never ends on a heading', () => {
    // 49 characters a paragraph of ten words: two fit in 120, a third does not.
    const html = body(para(10), para(10), '<h3>Next</h3>', para(10), para(10));
    const { lede, rest } = splitLede(html, 120);
    expect(lede).toBe(`${para(10)}\n${para(10)}`);
    expect(rest).toBe(
      `<div class="ex-prose"><h3>Next</h3>\n${para(10)}\n${para(10)}</div><section class="ex-corrections"><h3>Corrections</h3></section>`,
    );
  });

  it('stops at a component’s block (it has a class), and gives the rest the module scripts met on the way', () => {
    const html = body(para(3), script, para(3), '<ol class="ex-timeline"><li>entry</li></ol>', para(3));
    const { lede, rest } = splitLede(html);
    expect(lede).toBe(`${para(3)}\n${para(3)}`);
    expect(rest.startsWith(`<div class="ex-prose">${script}<ol class="ex-timeline">`)).toBe(true);
    expect(lede).not.toContain('<script');
    expect(rest.match(/<script/g)).toHaveLength(1);
  });

  it('keeps every character: the lede’s blocks and the rest hold the whole body’s text and markup', () => {
    const html = body(para(4), '<ul>\n<li>one</li>\n<li>two</li>\n</ul>', '<blockquote><p>“Quoted,” she said.</p></blockquote>', scrolly, para(4));
    const { lede, rest } = splitLede(html);
    const strip = (s: string) => s.replace(/<[^>]*>/g, '').replace(/\s+/g, '');
    expect(strip(lede) + strip(rest)).toBe(strip(html));
  });

  it('has no lede where the body opens with a graphic, or its first block alone passes the budget', () => {
    const opensWithGraphic = body(scrolly, para(5));
    expect(splitLede(opensWithGraphic)).toEqual({ lede: '', rest: opensWithGraphic });
    const long = body(para(1000), para(5));
    expect(splitLede(long)).toEqual({ lede: '', rest: long });
  });
});

describe('bodyCounts', () => {
  it('counts graphics, steps, timeline entries and the text a reader sees (no script, no table)', () => {
    const html = body(
      para(2),
      scrolly,
      '<ol class="ex-timeline"><li class="ex-timeline__item">x</li><li class="ex-timeline__item">y</li></ol>',
      '<table><tr><td>hidden</td></tr></table>',
      script,
    );
    expect(bodyCounts(html)).toEqual({
      'data-ex-graphics': 1,
      'data-ex-steps': 1,
      'data-ex-entries': 2,
      'data-ex-chars': '<p>word word</p>\nA step\nxy\n\nCorrections'.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').length,
    });
  });
});

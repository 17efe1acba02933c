// The embed snippet's text: one home (src/lib/embed.ts) for the story page, the README and the browser's rewrite.
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, withEmbedState } from '../../src/lib/embed';

describe('embed snippet', () => {
  const site = 'https://example.org/explainer/';
  it('frames the chart’s embed page and loads embed.js, both absolute under the base', () => {
    expect(embedUrl(site, 'territory')).toBe('https://example.org/explainer/embed/territory/');
    expect(embedUrl(site, 'territory', 'scale')).toBe('https://example.org/explainer/embed/territory/?state=scale');
    const snippet = embedSnippet({ site, chart: 'cities', title: 'Claims "and" <denials> & more', state: 'claims' });
    expect(snippet).toBe(
      '<iframe src="https://example.org/explainer/embed/cities/?state=claims" title="Claims &quot;and&quot; &lt;denials> &amp; more" style="width:100%;border:0" height="500"></iframe>\n' +
        '<script async src="https://example.org/explainer/embed.js"></script>',
    );
  });
  it('points at another state, with or without one before', () => {
    const withState = embedSnippet({ site, chart: 'attacks', title: 't', state: 'one' });
    expect(withEmbedState(withState, 'missiles')).toContain('/embed/attacks/?state=missiles"');
    expect(withEmbedState(embedSnippet({ site, chart: 'attacks', title: 't' }), 'missiles')).toContain('/embed/attacks/?state=missiles"');
    expect(withEmbedState(withState, 'missiles')).toContain('src="https://example.org/explainer/embed.js"');
  });
});

// The embed snippet of a chart: an iframe of its embed page (/embed/<chart>/) and the small script that sizes it
// (public/embed.js). One home for its text: the story page shows it under each chart, the README quotes it, and
// the browser rewrites its `?state=` as the reader scrolls (src/client/embed-code.ts).

/** The embed page of a chart, absolute: `site` is the site's address with its base, ending in a slash. */
export function embedUrl(site: string, chart: string, state?: string): string {
  return `${site}embed/${chart}/${state ? `?state=${encodeURIComponent(state)}` : ''}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * What a newsroom pastes into its page: the iframe (sized to its content by the script) and the script. `site` is
 * the edition's address (".../uk/" for the Ukrainian embed page); `root`, the site's own, where embed.js lives.
 */
export function embedSnippet(options: { site: string; root?: string; chart: string; title: string; state?: string }): string {
  const src = embedUrl(options.site, options.chart, options.state);
  return [
    `<iframe src="${attr(src)}" title="${attr(options.title)}" style="width:100%;border:0" height="500"></iframe>`,
    `<script async src="${attr(`${options.root ?? options.site}embed.js`)}"></script>`,
  ].join('\n');
}

/** The snippet with its iframe opening `state` instead (the `?state=` of the first `/embed/<chart>/` URL). */
export function withEmbedState(snippet: string, state: string): string {
  return snippet.replace(/(\/embed\/[^/"?]+\/)(\?state=[^"]*)?"/, `$1?state=${encodeURIComponent(state)}"`);
}

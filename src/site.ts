// Where the site lives: every internal link goes through href(). The publication's own facts (title, description,
// dateline, language) are content, in content/site.yaml, read with the rest (src/integration/load.ts: loadSite().site).

/** A path inside the site, honouring the base path the site is built for ("/explainer/chapters/x/"). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

// Facts about the publication itself: its name, its "now", its language.
export const SITE = {
  title: 'The 28-point plan, claim by claim',
  description:
    'An explainer on the US-backed 28-point peace plan for Ukraine, November 2025: what was reported, how Europe answered, how battlefield claims compare with independent estimates, and what came of the plan.',
  /** The story's "now": its chapters are as of this date, unless a chapter gives a later `dateline` of its own. */
  asOf: '2025-11-21',
  lang: 'en-GB',
} as const;

/** A path inside the site, honouring the base path the site is built for ("/explainer/chapters/x/"). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

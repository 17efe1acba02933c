// Reading time for the standfirst: words in the chapters' prose at an unhurried pace.
const WORDS_PER_MINUTE = 220;

export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/^---[\s\S]*?---/, '') // frontmatter
    .replace(/<[^>]+>/g, ' '); // component tags
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

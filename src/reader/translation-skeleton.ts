// The file `npm run translation:new` writes for a translator to fill: a data or chart file's translation with every
// word field empty and its English beside it as a comment; a chapter's translation as a copy of the chapter with
// only its words in the frontmatter (each block is then English until translated, which the build reports).
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { skeleton, type ToTranslate } from './translation';

const isToTranslate = (v: unknown): v is ToTranslate =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as ToTranslate).english === 'string';

/** The YAML text of a skeleton translation of `english` (parsed data of the English file). */
export function yamlSkeleton(english: unknown, from: string): string {
  const doc = new Document();
  const node = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const seq = new YAMLSeq();
      for (const x of v) seq.items.push(node(x));
      return seq;
    }
    if (isToTranslate(v)) {
      const s = new Scalar('');
      s.type = 'QUOTE_DOUBLE';
      s.comment = ` ${v.english.replace(/\s+/g, ' ')}`;
      return s;
    }
    if (typeof v === 'object' && v !== null) {
      const map = new YAMLMap();
      for (const [k, x] of Object.entries(v)) map.items.push(new Pair(new Scalar(k), node(x)));
      return map;
    }
    return new Scalar(v);
  };
  doc.contents = node(skeleton(english)) as YAMLMap;
  doc.commentBefore = ` The Ukrainian words of ${from}: write each "" in Ukrainian; the English is beside it. Only words go here (docs/editing.md).`;
  return doc.toString({ lineWidth: 0 });
}

/** The text of a skeleton translation of a chapter: its frontmatter's words, then its body as it is. */
export function chapterSkeleton(text: string): string {
  const fm = text.match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/);
  if (!fm) return text;
  const keep = fm[1]!.split(/\r?\n/).filter((l) => /^(title|standfirst):/.test(l));
  return `---\n${keep.join('\n')}\n---\n${text.slice(fm[0].length)}`;
}

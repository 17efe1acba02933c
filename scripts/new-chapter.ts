// npm run new:chapter -- "Title" [--draft] [--order N]
// Creates content/chapters/<NN>-<slug>.mdx from a template that builds as it is: the next free order, a slug made
// from the title, and a first paragraph that shows a figure and a citation from the data files.
// Runs with the project's Node 24, which strips TypeScript types itself; of src/ it imports only the content paths.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

import { CHAPTERS_DIR as CHAPTERS, DATASETS_DIR as DATASETS } from '../src/content-paths.ts';

function fail(message: string): never {
  console.error(`new:chapter: ${message}`);
  process.exit(1);
}

/** "Kyiv's answer: no" → "kyivs-answer-no" */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Args {
  title: string;
  draft: boolean;
  order?: number;
}

function readArgs(argv: string[]): Args {
  const rest: string[] = [];
  let draft = false;
  let order: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--draft') draft = true;
    else if (a === '--order') {
      order = Number(argv[++i]);
      if (!Number.isInteger(order) || order < 1) fail('--order takes a whole number from 1, e.g. --order 4.');
    } else if (a.startsWith('--')) fail(`unknown option ${a}; the options are --draft and --order N.`);
    else rest.push(a);
  }
  const title = rest.join(' ').trim();
  if (!title) fail('give the chapter a title: npm run new:chapter -- "Battlefield claims"');
  return { title, draft, order };
}

/** Each existing chapter's file, order and slug, read from its frontmatter. */
function existingChapters(root: string): { file: string; order?: number; slug?: string }[] {
  const dir = path.join(root, CHAPTERS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const front = readFileSync(path.join(dir, file), 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
      let meta: { order?: unknown; slug?: unknown } = {};
      try {
        meta = (parse(front) as typeof meta) ?? {};
      } catch {
        // A chapter with broken frontmatter: the build will say so; here it just takes no order or slug.
      }
      return { file, order: typeof meta.order === 'number' ? meta.order : undefined, slug: typeof meta.slug === 'string' ? meta.slug : undefined };
    });
}

/** A value and its source from the data files, so the template's example figure is a real one. */
function exampleValue(root: string): { id: string; source: string } | undefined {
  const dir = path.join(root, DATASETS);
  if (!existsSync(dir)) return undefined;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const data = parse(readFileSync(path.join(dir, file), 'utf8')) as { values?: { id?: unknown; source?: unknown }[] } | null;
    const v = data?.values?.find((x) => typeof x.id === 'string' && typeof x.source === 'string');
    if (v) return { id: v.id as string, source: v.source as string };
  }
  return undefined;
}

export function template(title: string, order: number, slug: string, draft: boolean, example?: { id: string; source: string }): string {
  const figure = example
    ? `Numbers come from the data files, never typed by hand: <Fig id="${example.id}" /> is one. Words can point to a source, <Cite id="${example.source}">like these</Cite>.`
    : 'Numbers come from the data files, never typed by hand: write <Fig id="a-value-id" /> with the id of a value.';
  return `---
title: ${JSON.stringify(title)}
order: ${order}
slug: ${slug}
standfirst: "One sentence under the title: what this chapter tells the reader."
draft: ${draft}
---

Replace this paragraph with the chapter's first paragraph. ${figure}

## A section heading

Each "##" heading starts a section. docs/editing.md shows how to add a scrolly graphic with steps, a quotation and
the rest; \`npm run dev\` shows this chapter as you write it.
`;
}

function main() {
  const root = process.cwd();
  const args = readArgs(process.argv.slice(2));
  const slug = slugify(args.title);
  if (!slug) fail(`the title "${args.title}" has no letters or digits to make an address from.`);
  const chapters = existingChapters(root);
  const taken = chapters.find((c) => c.slug === slug);
  if (taken) fail(`${CHAPTERS}/${taken.file} already has the slug \`${slug}\`; choose another title.`);
  const order = args.order ?? Math.max(0, ...chapters.map((c) => c.order ?? 0)) + 1;
  const clash = chapters.find((c) => c.order === order);
  if (clash) fail(`${CHAPTERS}/${clash.file} already has order ${order}; leave out --order to take the next free one.`);
  const file = `${CHAPTERS}/${String(order).padStart(2, '0')}-${slug}.mdx`;
  if (existsSync(path.join(root, file))) fail(`${file} exists already.`);
  mkdirSync(path.join(root, CHAPTERS), { recursive: true });
  writeFileSync(path.join(root, file), template(args.title, order, slug, args.draft, exampleValue(root)));
  console.log(`Created ${file} (chapter ${order}${args.draft ? ', a draft: it shows in npm run dev, not in npm run build' : ''}).`);
  console.log(`Preview it with npm run dev, at http://localhost:4321/#${slug}; see docs/editing.md for what a chapter can hold.`);
  console.log(
    `Before it is published (draft: false), it needs its Ukrainian translation: npm run translation:new -- ${file} (docs/editing.md, "Translate a chapter").`,
  );
}

if (import.meta.main) main();

// A copy of the project whose story holds its chapters several times over, for `npm run bench`'s growth check:
// does a longer story cost the reader of the first screen anything? The copy lives in a temporary folder (never in
// content/): every chapter is repeated with a new slug and order, and every chart it draws is repeated as a chart
// file of a new id, so the copy's step ids, chart ids and chapter pages are all new and the build checks pass. Each
// edition's translation of a chapter and of a chart (01-x.uk.mdx, chart.uk.yaml) is repeated with it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What is not copied: installed packages (linked instead), build output, caches, history. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'coverage']);

/**
 * Copy the project at `root` into a new temporary folder with each published chapter repeated `times` times in all
 * (`times` = 3: chapters 1–4, then 5–8 and 9–12 as copies). Returns the copy's root; the caller removes it.
 */
export function repeatStory(root: string, times: number): string {
  const copy = mkdtempSync(path.join(tmpdir(), `explainer-${times}x-`));
  for (const entry of readdirSync(root)) {
    if (SKIP.has(entry)) continue;
    cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

  const chaptersDir = path.join(copy, 'content/chapters');
  const chartsDir = path.join(copy, 'content/charts');
  // The English chapters; a translation (01-x.uk.mdx) is repeated with its chapter.
  const chapters = readdirSync(chaptersDir).filter((f) => /\.mdx?$/.test(f) && !/\.[a-z]{2}\.mdx$/.test(f));
  const translationsOf = (file: string, dir: string, ext: string) =>
    readdirSync(dir).filter((f) => f.startsWith(`${file.replace(/\.[^.]+$/, '')}.`) && new RegExp(`^[^.]+\\.[a-z]{2}\\.${ext}$`).test(f));
  const orders = chapters.map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(path.join(chaptersDir, f), 'utf8'))?.[1] ?? 0));
  const span = Math.max(...orders);
  for (let k = 2; k <= times; k++) {
    const suffix = `-copy-${k}`;
    for (const file of chapters) {
      const text = readFileSync(path.join(chaptersDir, file), 'utf8');
      const charts = [...text.matchAll(/<Scrolly\s+chart="([^"]+)"/g)].map((m) => m[1]!);
      for (const chart of charts)
        for (const f of [`${chart}.yaml`, ...translationsOf(`${chart}.yaml`, chartsDir, 'yaml')])
          writeFileSync(path.join(chartsDir, f.replace(/^[^.]+/, `${chart}${suffix}`)), readFileSync(path.join(chartsDir, f), 'utf8'));
      const repeated = text
        .replace(/^slug:\s*(\S+)\s*$/m, (_, slug: string) => `slug: ${slug}${suffix}`)
        .replace(/^order:\s*(\d+)\s*$/m, (_, order: string) => `order: ${Number(order) + span * (k - 1)}`)
        .replace(/^title:\s*"(.*)"\s*$/m, (_, title: string) => `title: "${title} (copy ${k})"`)
        .replace(/<Scrolly\s+chart="([^"]+)"/g, (_, chart: string) => `<Scrolly chart="${chart}${suffix}"`);
      const renamed = (name: string) =>
        name.replace(/^(\d+)-/, (_, n: string) => `${String(Number(n) + span * (k - 1)).padStart(2, '0')}-`).replace(/^([^.]+)/, `$1${suffix}`);
      writeFileSync(path.join(chaptersDir, renamed(file)), repeated);
      for (const t of translationsOf(file, chaptersDir, 'mdx')) {
        const translated = readFileSync(path.join(chaptersDir, t), 'utf8')
          .replace(/^title:\s*"(.*)"\s*$/m, (_, title: string) => `title: "${title} (${k})"`)
          .replace(/<Scrolly\s+chart="([^"]+)"/g, (_, chart: string) => `<Scrolly chart="${chart}${suffix}"`);
        writeFileSync(path.join(chaptersDir, renamed(t)), translated);
      }
    }
  }
  return copy;
}

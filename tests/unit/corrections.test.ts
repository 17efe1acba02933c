// The corrections log (content/data/corrections.yaml): read in date order, its sources counted as cited (listed
// with the chapter they correct), and an absent or empty file means no corrections. Its mistakes are in
// editor-errors.test.ts; how it shows on the page, in tests/browser/editor-kit.test.ts.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/checks/site';
import { ContentError } from '../../src/reader/errors';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const scratch = mkdtempSync(path.join(tmpdir(), 'explainer-corrections-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
/** The base project with the corrections-log fixture laid over it, and `corrections.yaml` replaced when given. */
function project(corrections?: string | null): string {
  const root = path.join(scratch, String(n++));
  cpSync(path.join(fixtures, 'base'), root, { recursive: true });
  cpSync(path.join(fixtures, 'corrections-log'), root, { recursive: true });
  const file = path.join(root, 'content/data/corrections.yaml');
  if (corrections === null) rmSync(file);
  else if (corrections !== undefined) writeFileSync(file, corrections);
  return root;
}

describe('the corrections log', () => {
  it('is read in date order, whatever the order of the file', () => {
    const site = checkSite(project());
    expect(site.catalog.corrections.map((c) => [c.date, c.id])).toEqual([
      ['2026-11-30', 'corr-2026-11-30-date'],
      ['2026-12-06', 'corr-2026-12-06-sumy'],
    ]);
  });
  it('counts its sources as cited, and lists them with the chapter it corrects', () => {
    const chapter = checkSite(project()).chapters.find((c) => c.meta.slug === 'the-plan')!;
    expect(chapter.sources).toContain('babel-sumy');
  });
  it('has teeth: without the log, a source only a correction cites is cited nowhere', () => {
    let message = '';
    try {
      checkSite(project(null));
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      message = e.message;
    }
    expect(message).toMatch(/content\/data\/sources\.yaml:\d+:\d+ — \[\d+\] \(babel-sumy\): this source is cited nowhere/);
  });
  it('may be absent, empty, only comments, or an empty list', () => {
    const base = path.join(scratch, 'base');
    cpSync(path.join(fixtures, 'base'), base, { recursive: true });
    expect(checkSite(base).catalog.corrections).toEqual([]);
    // The source that only the fixture's corrections cite is taken out with them.
    for (const text of ['', '# No corrections yet.\n', '# No corrections yet.\n[]\n']) {
      const root = project(text);
      cpSync(path.join(fixtures, 'base/content/data/sources.yaml'), path.join(root, 'content/data/sources.yaml'));
      expect(checkSite(root).catalog.corrections, JSON.stringify(text)).toEqual([]);
    }
  });
});

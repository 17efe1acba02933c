// `npm run new:chapter -- "Title"`: a chapter from the template passes every check at once, in the next free place.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/checks/site';

const repo = path.resolve(import.meta.dirname, '../..');
// The project's own Node 24, which runs the script's TypeScript as it is (as `npm run` does).
const node = path.join(repo, 'node_modules/.bin/node');
const script = path.join(repo, 'scripts/new-chapter.ts');
const root = mkdtempSync(path.join(tmpdir(), 'explainer-new-chapter-'));
cpSync(path.join(repo, 'tests/fixtures/base'), root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(node, [script, ...args], { cwd: root, encoding: 'utf8' });

describe('new:chapter', () => {
  it('writes the next chapter from the template, and it passes every check', () => {
    const out = execFileSync(node, [script, 'Kyiv’s answer: what next?'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('Created content/chapters/02-kyivs-answer-what-next.mdx (chapter 2).');
    const text = readFileSync(path.join(root, 'content/chapters/02-kyivs-answer-what-next.mdx'), 'utf8');
    expect(text).toMatch(/^---\ntitle: "Kyiv’s answer: what next\?"\norder: 2\nslug: kyivs-answer-what-next\n/);
    expect(text).toContain('draft: false');
    expect(text).toContain('<Fig id="plan-points-total" />');
    const site = checkSite(root);
    expect(site.chapters.map((c) => [c.meta.order, c.meta.slug, c.meta.draft])).toEqual([
      [1, 'the-plan', false],
      [2, 'kyivs-answer-what-next', false],
    ]);
  });
  it('marks a draft with --draft', () => {
    expect(run('Work in progress', '--draft').status).toBe(0);
    const text = readFileSync(path.join(root, 'content/chapters/03-work-in-progress.mdx'), 'utf8');
    expect(text).toContain('draft: true');
    expect(checkSite(root).chapters.find((c) => c.meta.slug === 'work-in-progress')?.meta.draft).toBe(true);
  });
  it('refuses a title whose slug is taken, an order that is taken, and no title', () => {
    expect(run('The plan').stderr).toBe('new:chapter: content/chapters/01-the-plan.mdx already has the slug `the-plan`; choose another title.\n');
    expect(run('Another', '--order', '1').stderr).toBe(
      'new:chapter: content/chapters/01-the-plan.mdx already has order 1; leave out --order to take the next free one.\n',
    );
    const none = run();
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('give the chapter a title');
  });
});

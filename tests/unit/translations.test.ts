// The Ukrainian edition's checks, on the base fixture with its translation (tests/fixtures/uk-base/) and one broken
// translation laid over it at a time: a text missing, a step missing, a figure written twice, an English paragraph
// left in place, a citation dropped, a file missing; and the translation status on a git history where the English
// changed after its translation.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/checks/site';
import { ContentError } from '../../src/reader/errors';
import { translationStatus, parseBlame, staleTexts } from '../../src/checks/translation-status';
import { applyTranslation } from '../../src/reader/translation';
import { yamlSkeleton } from '../../src/reader/translation-skeleton';
import { parse } from 'yaml';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const scratch = mkdtempSync(path.join(tmpdir(), 'explainer-translations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
/** The base project, its translation, and one fixture laid over them. */
function project(kind?: string): string {
  const root = path.join(scratch, `${kind ?? 'uk-base'}-${n++}`);
  cpSync(path.join(fixtures, 'base'), root, { recursive: true });
  cpSync(path.join(fixtures, 'uk-base'), root, { recursive: true });
  if (kind) cpSync(path.join(fixtures, kind), root, { recursive: true });
  return root;
}

function mistakes(root: string): string {
  try {
    checkSite(root, 'uk');
  } catch (e) {
    if (e instanceof ContentError) return e.message;
    throw e;
  }
  throw new Error(`${root} passed every check`);
}

describe('the Ukrainian edition of a project', () => {
  it('reads the translated words over the English data, figures unchanged', () => {
    const uk = checkSite(project(), 'uk');
    const en = checkSite(project(), 'en');
    expect(uk.catalog.locale).toBe('uk');
    expect(uk.chapters[0]!.meta.title).toBe('УК The plan');
    expect(uk.chapters[0]!.meta.slug).toBe(en.chapters[0]!.meta.slug);
    for (const [id, v] of en.catalog.values) {
      const w = uk.catalog.values.get(id)!;
      expect([w.value, w.unit, w.kind, w.source, w.date]).toEqual([v.value, v.unit, v.kind, v.source, v.date]);
      expect(w.label).toBe(`УК ${v.label}`);
    }
  });
  it('a text with no translation: named at the English text, with the translation file', () => {
    expect(mistakes(project('uk-missing-text'))).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/plan.yaml:6:14 — states.overview.caption: this text has no translation in content/charts/plan.uk.yaml: "{plan-points} points, in number order, as reported.".
        6 |     caption: "{plan-points} points, in number order, as reported."
          |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        hint: add it there at \`states.overview.caption\`, in the same place as in this file (docs/editing.md, "Translate a chart or a data file")."
    `);
  });
  it('a step missing from a translated chapter: both places named', () => {
    expect(mistakes(project('uk-step-missing'))).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.uk.mdx:18:1 — paragraph: expected a <Step state="security">, as at content/chapters/01-the-plan.mdx:18, found a paragraph.
        18 | <Quote by="Кая Каллас" role="верховна представниця ЄС" source="afp-lbc" lang="en" original="In this war, there is one aggressor and one victim.">У цій війні є один агресор і одна жертва.</Quote>
           | ^
        hint: the translation keeps the English headings, paragraphs, scrolly sections and steps in the same order (one paragraph for each paragraph)."
    `);
  });
  it('a citation dropped from a translated paragraph', () => {
    expect(mistakes(project('uk-cite-missing'))).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.uk.mdx:13:1 — paragraph: the figures and citations differ from the English paragraph at content/chapters/01-the-plan.mdx:15: expected <Cite id="axios-plan">, found none.
        13 | Українською: The plan, as Axios reported it.
           | ^
        hint: keep every <Fig> and <Cite> of the English block, in the same order; a Ukrainian outlet for original words is cited as <Cite id="…" for="english-source-id">."
    `);
  });
  it('a figure written in a translation', () => {
    expect(mistakes(project('uk-value-written'))).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.uk.yaml:5:5 — values[0].value: \`value\` is not translated: it comes from content/data/datasets/territory.yaml.
        5 |     value: 4714
          |     ^^^^^
        hint: remove it here. A translation holds only words (\`title\`, \`label\`, \`note\`, \`summary\`, \`heading\`…); numbers, dates, ids and sources are written once, in the English file."
    `);
  });
  it('an English paragraph left in a translated chapter', () => {
    expect(mistakes(project('uk-english-left'))).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.uk.mdx:18:1 — paragraph: this paragraph is still the English text of content/chapters/01-the-plan.mdx:20.
        18 | Security guarantees.
           | ^
        hint: translate it; a translation holds no English block."
    `);
  });
  it('a translation file missing', () => {
    const root = project();
    rmSync(path.join(root, 'content/charts/where.uk.yaml'));
    expect(mistakes(root)).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/where.uk.yaml — (file): this translation of content/charts/where.yaml is missing: every file of content/ has its translation beside it.
        hint: create it with \`npm run translation:new -- content/charts/where.yaml\`, then translate each empty text (docs/editing.md, "Translate a chart or a data file")."
    `);
  });
});

describe('the skeleton a translator fills', () => {
  it('holds every word field empty, with its English beside it, and nothing else', () => {
    const english = parse(readFileSync(path.join(fixtures, 'base/content/charts/territory.yaml'), 'utf8'));
    const text = yamlSkeleton(english, 'content/charts/territory.yaml');
    expect(text).not.toMatch(/value:|unit:|max:/);
    const empty = applyTranslation(english, parse(text), { english: 'e.yaml', translation: 't.yaml' });
    // Every text is reported once, as untranslated, at its place in the skeleton.
    expect(empty.problems.length).toBe(text.match(/: ""/g)!.length);
    expect(empty.problems.every((p) => p.file === 't.yaml' && p.message === 'expected the translated text.')).toBe(true);
  });
});

describe('the translation status', () => {
  const git = (root: string, ...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });
  const commit = (root: string, message: string, date: string) => {
    git(root, 'add', '-A');
    execFileSync('git', ['-C', root, 'commit', '-qm', message], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  };

  it('lists a translation whose English changed after it, with both places, until the translation changes too', () => {
    const root = project();
    git(root, 'init', '-q');
    commit(root, 'both editions', '2026-01-01T00:00:00Z');
    expect(translationStatus(root, 'uk').stale).toEqual([]);

    const chart = path.join(root, 'content/charts/plan.yaml');
    writeFileSync(chart, readFileSync(chart, 'utf8').replace('title: "The plan, as reported"', 'title: "The plan, as first reported"'));
    const chapter = path.join(root, 'content/chapters/01-the-plan.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('Security guarantees.', 'Security guarantees, as drafted.'));
    commit(root, 'English corrected', '2026-02-01T00:00:00Z');
    const status = translationStatus(root, 'uk');
    expect(status.stale.map((s) => `${s.translation.file}:${s.translation.from} ← ${s.english.file}:${s.english.from}`)).toEqual([
      'content/charts/plan.uk.yaml:1 ← content/charts/plan.yaml:2',
      'content/chapters/01-the-plan.uk.mdx:18 ← content/chapters/01-the-plan.mdx:20',
    ]);
    expect(status.text).toContain('2 of');
    expect(status.text).toContain(
      'content/chapters/01-the-plan.uk.mdx:18 — translates content/chapters/01-the-plan.mdx:20, changed 2026-02-01; translated 2026-01-01',
    );

    const translation = path.join(root, 'content/chapters/01-the-plan.uk.mdx');
    writeFileSync(
      translation,
      readFileSync(translation, 'utf8').replace('Українською: Security guarantees.', 'Українською: Security guarantees, as drafted.'),
    );
    commit(root, 'Ukrainian updated', '2026-03-01T00:00:00Z');
    expect(translationStatus(root, 'uk').stale.map((s) => s.translation.file)).toEqual(['content/charts/plan.uk.yaml']);
  });

  it('counts a line not committed yet as changed now', () => {
    const times = parseBlame(
      ['a'.repeat(40) + ' 1 1 1', 'committer-time 100', '\tx', '0'.repeat(40) + ' 2 2 1', 'committer-time 200', '\ty'].join('\n'),
    );
    expect(times).toEqual([100, Infinity]);
    const pair = { english: { file: 'e', from: 2, to: 2 }, translation: { file: 't', from: 1, to: 1 } };
    expect(staleTexts([pair], (f) => (f === 'e' ? times : [150]))).toHaveLength(1);
    expect(staleTexts([pair], (f) => (f === 'e' ? [100, 120] : [150]))).toHaveLength(0);
  });
});

// Every kind of mistake an editor can make, one broken fixture each (tests/fixtures/<kind>/), and the exact message
// the build stops with. The checks are the ones `npm run build` runs before Astro reads anything.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { checkSite } from '../../src/checks/site';
import { ContentError } from '../../src/reader/errors';
import remarkExplainer from '../../src/integration/remark-explainer';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const scratch = mkdtempSync(path.join(tmpdir(), 'explainer-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The base project with one fixture laid over it. */
function project(kind: string): string {
  const root = path.join(scratch, kind);
  cpSync(path.join(fixtures, 'base'), root, { recursive: true });
  if (kind !== 'base') cpSync(path.join(fixtures, kind), root, { recursive: true });
  return root;
}

/** The message the build stops with for this fixture. */
function mistakes(kind: string): string {
  try {
    checkSite(project(kind));
  } catch (e) {
    if (e instanceof ContentError) return e.message;
    throw e;
  }
  throw new Error(`the fixture ${kind} passed every check`);
}

describe('fixtures', () => {
  it('the base fixture and the published content pass every check', () => {
    expect(checkSite(project('base')).chapters.map((c) => c.meta.slug)).toEqual(['the-plan']);
    expect(checkSite(path.resolve(import.meta.dirname, '../..')).chapters.length).toBeGreaterThanOrEqual(3);
  });
});

describe('chapters: components and props', () => {
  it('a scrolly naming a chart that does not exist', () => {
    expect(mistakes('mdx-unknown-chart')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:12:10 — <Scrolly chart>: unknown chart \`plna\`.
        12 | <Scrolly chart="plna">
           |          ^^^^^^^^^^^^
        hint: charts are the files in content/charts/: \`plan\`, \`territory\`, \`versions\`, \`where\`. Did you mean \`plan\`?"
    `);
  });
  it('a step naming a state that does not exist', () => {
    expect(mistakes('mdx-unknown-state')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:18:7 — <Step state>: unknown state \`securty\` for chart \`plan\`.
        18 | <Step state="securty">
           |       ^^^^^^^^^^^^^^^
        hint: states of \`plan\` are \`overview\`, \`security\`. Did you mean \`security\`?"
    `);
  });
  it('a step outside a scrolly', () => {
    expect(mistakes('mdx-step-outside-scrolly')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:25:1 — <Step>: a <Step> must sit inside a <Scrolly chart="…">.
        25 | <Step state="overview">
           | ^^^^^"
    `);
  });
  it('two steps for one state', () => {
    expect(mistakes('mdx-duplicate-step')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:18:7 — <Step state>: the state \`overview\` of \`plan\` already has a step (line 13).
        18 | <Step state="overview">
           |       ^^^^^^^^^^^^^^^^
        hint: each state gets one step, so each step has one stable link."
    `);
  });
  it('one chart in two scrolly sections', () => {
    expect(mistakes('mdx-chart-used-twice')).toMatchInlineSnapshot(`
      "2 content mistakes stop the build:
      content/chapters/02-more.mdx:9:7 — <Step state>: unknown state \`military\` for chart \`plan\`.
        9 | <Step state="military">
          |       ^^^^^^^^^^^^^^^^
        hint: states of \`plan\` are \`overview\`, \`security\`.
      content/chapters/02-more.mdx:8:10 — <Scrolly chart>: the chart \`plan\` already has a scrolly section, at content/chapters/01-the-plan.mdx:12:10.
        8 | <Scrolly chart="plan">
          |          ^^^^^^^^^^^^
        hint: each chart appears once on the page; add steps to that section, or pick another chart."
    `);
  });
  it('an inline figure naming a value that does not exist', () => {
    expect(mistakes('mdx-unknown-fig-id')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:8:83 — <Fig id>: no value has the id \`isw-sept\`.
        8 | Russia's Defence Ministry claimed <Fig id="mod-2025-09-25" />; ISW estimated <Fig id="isw-sept" />.
          |                                                                                   ^^^^^^^^^^^^^
        hint: value ids live in content/data/datasets/. Did you mean \`isw-gain-sep-oct\`?"
    `);
  });
  it('a citation naming a source that does not exist', () => {
    expect(mistakes('mdx-unknown-cite-id')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:15:20 — <Cite id>: no source has the id \`axios-plam\`.
        15 | The plan, as <Cite id="axios-plam">Axios reported</Cite> it.
           |                    ^^^^^^^^^^^^^^^
        hint: source ids live in content/data/sources.yaml. Did you mean \`axios-plan\`?"
    `);
  });
  it('a quote naming a source that does not exist', () => {
    expect(mistakes('mdx-unknown-quote-source')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:25:56 — <Quote source>: no source has the id \`afp-lcb\`.
        25 | <Quote by="Kaja Kallas" role="EU foreign policy chief" source="afp-lcb">In this war, there is one aggressor and one victim.</Quote>
           |                                                        ^^^^^^^^^^^^^^^^
        hint: source ids live in content/data/sources.yaml. Did you mean \`afp-lbc\`?"
    `);
  });
  it('a misspelt prop', () => {
    expect(mistakes('mdx-misspelt-prop')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:25:25 — <Quote rol>: unknown prop \`rol\`.
        25 | <Quote by="Kaja Kallas" rol="EU foreign policy chief" source="afp-lbc">In this war, there is one aggressor and one victim.</Quote>
           |                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        hint: <Quote> takes \`by\`, \`source\`, \`role\`, \`lang\`, \`original\`, \`translator\`, \`original-source\`. Did you mean \`role\`?"
    `);
  });
  it('a required prop left out', () => {
    expect(mistakes('mdx-missing-prop')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:8:35 — <Fig id>: the prop \`id\` is required.
        8 | Russia's Defence Ministry claimed <Fig />; ISW estimated <Fig id="isw-2025-09-25" />.
          |                                   ^^^^
        hint: write it inside the tag: <Fig id="…">."
    `);
  });
  it('a misspelt component', () => {
    expect(mistakes('mdx-unknown-component')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:25:1 — <Qoute>: unknown component.
        25 | <Qoute by="Kaja Kallas" source="afp-lbc">In this war, there is one aggressor and one victim.</Qoute>
           | ^^^^^^
        hint: components are <Fig>, <Cite>, <Quote>, <Scrolly>, <Step>, <Timeline>. Did you mean \`Quote\`?"
    `);
  });
  it('JavaScript in a chapter', () => {
    expect(mistakes('mdx-javascript')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:8:14 — code: chapters hold no JavaScript (import, export or {expressions}).
        8 | The plan had {20 + 8} points.
          |              ^
        hint: components are available without imports; write numbers with <Fig id="…" />."
    `);
  });
  it('a tag that is never closed', () => {
    expect(mistakes('mdx-unclosed-tag')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:22:1 — MDX: Unexpected closing tag \`</Scrolly>\`, expected corresponding closing tag for \`<Step>\` (line 18).
        22 | </Scrolly>
           | ^
        hint: every <Tag> needs its </Tag>; leave a blank line between a tag and the paragraphs inside it."
    `);
  });
  it('a chart whose value was deleted from its dataset', () => {
    expect(mistakes('chart-value-deleted')).toMatchInlineSnapshot(`
      "5 content mistakes stop the build:
      content/charts/territory.yaml:11:50 — states.two-dates.bars[1].value: no value has the id \`isw-2025-10-07\`.
        11 |       - { label: "{isw-2025-10-07.date}", value: isw-2025-10-07 }
           |                                                  ^^^^^^^^^^^^^^
        hint: value ids live in content/data/datasets/. Did you mean \`isw-2025-09-25\`?
      content/charts/territory.yaml:6:60 — states.two-dates.caption: the placeholder {isw-2025-10-07} names no value.
        6 |     caption: "ISW's estimate grew from {isw-2025-09-25} to {isw-2025-10-07}."
          |                                                            ^^^^^^^^^^^^^^^^
        hint: use the id of a value in content/data/datasets/. Did you mean \`isw-2025-09-25\`?
      content/charts/territory.yaml:7:75 — states.two-dates.summary: the placeholder {isw-2025-10-07} names no value.
        7 |     summary: "ISW estimates {isw-2025-09-25} by {isw-2025-09-25.date} and {isw-2025-10-07} by {isw-2025-10-07.date}."
          |                                                                           ^^^^^^^^^^^^^^^^
        hint: use the id of a value in content/data/datasets/. Did you mean \`isw-2025-09-25\`?
      content/charts/territory.yaml:7:95 — states.two-dates.summary: the placeholder {isw-2025-10-07.date} names no value.
        7 |     summary: "ISW estimates {isw-2025-09-25} by {isw-2025-09-25.date} and {isw-2025-10-07} by {isw-2025-10-07.date}."
          |                                                                                               ^^^^^^^^^^^^^^^^^^^^^
        hint: use the id of a value in content/data/datasets/. Did you mean \`isw-2025-09-25\`?
      content/charts/territory.yaml:11:19 — states.two-dates.bars[1].label: the placeholder {isw-2025-10-07.date} names no value.
        11 |       - { label: "{isw-2025-10-07.date}", value: isw-2025-10-07 }
           |                   ^^^^^^^^^^^^^^^^^^^^^
        hint: use the id of a value in content/data/datasets/. Did you mean \`isw-2025-09-25\`?"
    `);
  });
});

describe('chapters: frontmatter', () => {
  it('title, order and slug missing', () => {
    expect(mistakes('frontmatter-missing-fields')).toMatchInlineSnapshot(`
      "3 content mistakes stop the build:
      content/chapters/01-the-plan.mdx:2:1 — frontmatter.title: missing; expected a title.
        2 | standfirst: "What was reported."
          | ^^^^^^^^^^
        hint: add a line such as \`title: "Battlefield claims"\`.
      content/chapters/01-the-plan.mdx:2:1 — frontmatter.order: missing; expected a whole number from 1: the chapter's place in the explainer.
        2 | standfirst: "What was reported."
          | ^^^^^^^^^^
        hint: add a line such as \`order: 4\`.
      content/chapters/01-the-plan.mdx:2:1 — frontmatter.slug: missing; expected the chapter's address, lower-case words joined by hyphens.
        2 | standfirst: "What was reported."
          | ^^^^^^^^^^
        hint: add a line such as \`slug: battlefield-claims\`."
    `);
  });
  it('two chapters with one slug', () => {
    expect(mistakes('frontmatter-duplicate-slug')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/02-more.mdx:4:7 — frontmatter.slug: the slug \`the-plan\` is already used by content/chapters/01-the-plan.mdx.
        4 | slug: the-plan
          |       ^^^^^^^^
        hint: each chapter needs its own slug: it is the chapter's address (/chapters/<slug>/) and its link on the page."
    `);
  });
  it('two chapters with one order', () => {
    expect(mistakes('frontmatter-duplicate-order')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/02-more.mdx:3:8 — frontmatter.order: the order \`1\` is already used by content/chapters/01-the-plan.mdx.
        3 | order: 1
          |        ^
        hint: each chapter needs its own place in the explainer; the next free number is 2."
    `);
  });
  it('a draft flag that is not true or false', () => {
    expect(mistakes('frontmatter-draft-not-boolean')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:5:8 — frontmatter.draft: expected true or false, found \`yes\`.
        5 | draft: yes
          |        ^^^
        hint: write it like \`draft: true\`."
    `);
  });
  it('a misspelt frontmatter field', () => {
    expect(mistakes('frontmatter-unknown-field')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:2:1 — frontmatter.titel: unknown field \`titel\`.
        2 | titel: "The plan"
          | ^^^^^
        hint: Did you mean \`title\`? The fields here are \`title\`, \`order\`, \`slug\`, \`standfirst\`, \`draft\` and \`dateline\`."
    `);
  });
  it('no frontmatter at all', () => {
    expect(mistakes('frontmatter-absent')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:1:1 — frontmatter: missing; a chapter starts with \`---\`, then its title, order, slug and standfirst, then \`---\`.
        1 | 
          | ^
        hint: copy the top of another chapter, or start a new one with \`npm run new:chapter -- "Title"\`."
    `);
  });
});

describe('data files', () => {
  it('a value with no source', () => {
    expect(mistakes('value-no-source')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:4:5 — values[0] (mod-2025-09-25).source: missing; expected the id of a source in content/data/sources.yaml.
        4 |   - id: "mod-2025-09-25"
          |     ^^
        hint: add a line such as \`source: glob-news-isw-2025-10-16\`."
    `);
  });
  it('a value naming a source that does not exist', () => {
    expect(mistakes('value-unknown-source')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:10:13 — values[0] (mod-2025-09-25).source: unknown source \`glob-news-isv\`.
        10 |     source: "glob-news-isv"
           |             ^^^^^^^^^^^^^^^
        hint: add it to content/data/sources.yaml or use an existing id. Did you mean \`glob-news-isw\`?"
    `);
  });
  it('an unknown kind', () => {
    expect(mistakes('value-unknown-kind')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:17:11 — values[1] (isw-2025-09-25).kind: expected one of \`claim\`, \`estimate\`, \`official-count\`, \`reported\`, \`statement\` or \`reference\`, found \`estimat\`.
        17 |     kind: "estimat"
           |           ^^^^^^^^^
        hint: Did you mean \`estimate\`?"
    `);
  });
  it('a value that is not a number', () => {
    expect(mistakes('value-not-a-number')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:15:12 — values[1] (isw-2025-09-25).value: expected a plain number (no commas, no unit, no quotes), found \`3,434\`.
        15 |     value: "3,434"
           |            ^^^^^^^
        hint: write \`value: 3434\`: a plain number, with no commas, unit or quotes."
    `);
  });
  it('a date not written YYYY-MM-DD', () => {
    expect(mistakes('value-bad-date')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:12:11 — values[0] (mod-2025-09-25).date: expected the date the figure or event describes, written YYYY-MM-DD, found \`25/09/2025\`.
        12 |     date: "25/09/2025"
           |           ^^^^^^^^^^^^
        hint: write the date as YYYY-MM-DD, e.g. 2025-11-20."
    `);
  });
  it('a date that is not in the calendar', () => {
    expect(mistakes('value-impossible-date')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:12:11 — values[0] (mod-2025-09-25).date: \`2025-09-31\` is not a real calendar date.
        12 |     date: "2025-09-31"
           |           ^^^^^^^^^^^^
        hint: expected the date the figure or event describes, written YYYY-MM-DD, e.g. \`date: 2025-09-25\`."
    `);
  });
  it('a misspelt field', () => {
    expect(mistakes('value-unknown-field')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:19:5 — values[1] (isw-2025-09-25).sorce: unknown field \`sorce\`.
        19 |     sorce: "glob-news-isw"
           |     ^^^^^
        hint: Did you mean \`source\`? The fields here are \`id\`, \`label\`, \`value\`, \`unit\`, \`kind\`, \`by\`, \`source\`, \`date\`, \`from\`, \`qualifier\`, \`note\`, \`series\` and \`denial\`."
    `);
  });
  it('one value id in two datasets', () => {
    expect(mistakes('value-duplicate-id')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:13:9 — values[1] (isw-2025-09-25).id: the id \`isw-2025-09-25\` is already used in content/data/datasets/plan.yaml.
        13 |   - id: "isw-2025-09-25"
           |         ^^^^^^^^^^^^^^^^
        hint: every value id must be unique across all datasets; rename one of them."
    `);
  });
  it('a dataset whose id differs from its file name', () => {
    expect(mistakes('dataset-id-mismatch')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:1:5 — id: the dataset's id \`teritory\` differs from its file name \`territory.yaml\`.
        1 | id: "teritory"
          |     ^^^^^^^^^^
        hint: use \`id: territory\`, or rename the file to \`teritory.yaml\`."
    `);
  });
  it('a {placeholder} naming no value', () => {
    expect(mistakes('placeholder-unknown')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/timeline.yaml:3:37 — [0] (tl-2025-11-18-axios).text: the placeholder {plan-total} names no value.
        3 |   text: "Axios reports a US plan of {plan-total} to end the war."
          |                                     ^^^^^^^^^^^^
        hint: use the id of a value in content/data/datasets/. Did you mean \`plan-points-total\`?"
    `);
  });
  it('broken YAML', () => {
    expect(mistakes('yaml-syntax')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:14:15 — label: this text holds a second \`: \`, which reads as the start of another field.
        14 |     label: ISW: estimate, 1 Jan–25 Sep
           |               ^
        hint: put the text in double quotes: \`label: "ISW: estimate, 1 Jan–25 Sep"\`."
    `);
  });
  it('an update dated before the story stops', () => {
    expect(mistakes('update-before-now')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/updates.yaml:2:9 — [0] (upd-2025-11-23-geneva).date: expected a date after 2025-11-21, the day the story stops (content/site.yaml), found \`2025-11-19\`.
        2 |   date: "2025-11-19"
          |         ^^^^^^^^^^^^
        hint: an update records what happened after the story; put earlier events in a chapter or in content/data/timeline.yaml."
    `);
  });
  it('an update that names no chapter', () => {
    expect(mistakes('update-unknown-chapter')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/updates.yaml:6:12 — [0] (upd-2025-11-23-geneva).chapter: no chapter has the slug \`the-plans\`.
        6 |   chapter: "the-plans"
          |            ^^^^^^^^^^^
        hint: use the \`slug:\` of a chapter in content/chapters/: \`the-plan\`. Did you mean \`the-plan\`?"
    `);
  });
});

describe('one slip, one message, at its line', () => {
  it('a chart file: a line indented with a tab', () => {
    expect(mistakes('slip-chart-tab')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:6:1 — caption: this line is indented with a tab.
        6 |  caption: "ISW's estimate grew from {isw-2025-09-25} to {isw-2025-10-07}."
          | ^
        hint: indent with spaces only: replace the tab with spaces, so that \`caption:\` lines up under \`heading:\` (line 5)."
    `);
  });
  it('a chart file: a field indented three spaces too deep', () => {
    expect(mistakes('slip-chart-too-deep')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:6:8 — caption: this line is indented more than the fields above it.
        6 |        caption: "ISW's estimate grew from {isw-2025-09-25} to {isw-2025-10-07}."
          |        ^^^^^^^^
        hint: line \`caption:\` up under \`heading:\` (line 5), with as many spaces before it."
    `);
  });
  it('a chart file: a field indented one space too shallow', () => {
    expect(mistakes('slip-chart-too-shallow')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:6:4 — caption: this line is indented less than the fields above it.
        6 |    caption: "ISW's estimate grew from {isw-2025-09-25} to {isw-2025-10-07}."
          |    ^^^^^^^^
        hint: line \`caption:\` up under \`heading:\` (line 5), with as many spaces before it."
    `);
  });
  it('a chart file: the last field of a state moved out to the states (it still parses)', () => {
    expect(mistakes('slip-chart-field-moved-out')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/plan.yaml:7:3 — states.summary: this line is indented less than the fields of its item above it.
        7 |   summary: "{plan-points} points of the plan, in number order."
          |   ^^^^^^^
        hint: line \`summary:\` up under \`caption:\`, with as many spaces before it."
    `);
  });
  it('a chart file that steps show: no message about its states from the chapter (the file could not be read)', () => {
    expect(mistakes('slip-chart-shown-by-steps')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/plan.yaml:6:8 — caption: this line is indented more than the fields above it.
        6 |        caption: "{plan-points} points, in number order, as reported."
          |        ^^^^^^^^
        hint: line \`caption:\` up under \`heading:\` (line 5), with as many spaces before it."
    `);
  });
  it('a chart file: a field written twice', () => {
    expect(mistakes('slip-chart-duplicate')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:7:5 — caption: the field \`caption\` is written twice in this item (first at line 6).
        7 |     caption: "ISW's estimate grew."
          |     ^^^^^^^
        hint: keep one of the two lines and delete the other."
    `);
  });
  it('a chart file: a field without its colon', () => {
    expect(mistakes('slip-chart-missing-colon')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:6:5 — caption: this line has no colon after its field name.
        6 |     caption "ISW's estimate grew from {isw-2025-09-25} to {isw-2025-10-07}."
          |     ^^^^^^^
        hint: write \`caption: "ISW's estimate grew from {isw-2025-09-25} to {isw-2025-10-07}."\`: the field's name, a colon and a space, then its value."
    `);
  });
  it('a data file: a line indented with a tab', () => {
    expect(mistakes('slip-data-tab')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:9:1 — title: this line is indented with a tab.
        9 |  title: "ISW showed how Russian Federation overstates its advances"
          | ^
        hint: indent with spaces only: replace the tab with spaces, so that \`title:\` lines up under \`publisher:\` (line 8)."
    `);
  });
  it('a data file: a field indented too deep', () => {
    expect(mistakes('slip-data-too-deep')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:9:6 — title: this line is indented more than the fields above it.
        9 |      title: "ISW showed how Russian Federation overstates its advances"
          |      ^^^^^^
        hint: line \`title:\` up under \`publisher:\` (line 8), with as many spaces before it."
    `);
  });
  it('a data file: a field indented too shallow', () => {
    expect(mistakes('slip-data-too-shallow')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:9:2 — title: this line is indented less than the fields above it.
        9 |  title: "ISW showed how Russian Federation overstates its advances"
          |  ^^^^^^
        hint: line \`title:\` up under \`publisher:\` (line 8), with as many spaces before it."
    `);
  });
  it('a data file: a field written twice', () => {
    expect(mistakes('slip-data-duplicate')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:11:3 — publisher: the field \`publisher\` is written twice in this item (first at line 8).
        11 |   publisher: "Glob News"
           |   ^^^^^^^^^
        hint: keep one of the two lines and delete the other."
    `);
  });
  it('a data file: a field without its colon', () => {
    expect(mistakes('slip-data-missing-colon')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:9:3 — title: this line has no colon after its field name.
        9 |   title "ISW showed how Russian Federation overstates its advances"
          |   ^^^^^
        hint: write \`title: "ISW showed how Russian Federation overstates its advances"\`: the field's name, a colon and a space, then its value."
    `);
  });
  it('a data file: a field without its colon, whose text holds a colon (it still parses)', () => {
    expect(mistakes('slip-data-missing-colon-in-text')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:4:3 — [0] (axios-plan).title: this line has no colon after its field name.
        4 |   title "Scoop: Trump team drafts 28-point plan"
          |   ^^^^^^^^^^^^
        hint: write \`title: "Scoop: Trump team drafts 28-point plan"\`: the field's name, a colon and a space, then its value."
    `);
  });
  it('a data file: a quote never closed', () => {
    expect(mistakes('slip-data-unclosed-quote')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:9:10 — title: the quote that starts here is never closed.
        9 |   title: "ISW showed how Russian Federation overstates its advances
          |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        hint: end the text with \`"\` on this line: \`title: "ISW showed how Russian Federation overstates its advances"\` (a quote inside the text is written \\")."
    `);
  });
  it('a dataset: a line indented with a tab', () => {
    expect(mistakes('slip-dataset-tab')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:17:1 — kind: this line is indented with a tab.
        17 |  kind: "estimate"
           | ^
        hint: indent with spaces only: replace the tab with spaces, so that \`kind:\` lines up under \`unit:\` (line 16)."
    `);
  });
  it('a dataset: a field indented too deep', () => {
    expect(mistakes('slip-dataset-too-deep')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:17:8 — kind: this line is indented more than the fields above it.
        17 |        kind: "estimate"
           |        ^^^^^
        hint: line \`kind:\` up under \`unit:\` (line 16), with as many spaces before it."
    `);
  });
  it('a dataset: a field indented too shallow', () => {
    expect(mistakes('slip-dataset-too-shallow')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:17:3 — kind: this line is indented less than the fields above it.
        17 |   kind: "estimate"
           |   ^^^^^
        hint: line \`kind:\` up under \`unit:\` (line 16), with as many spaces before it."
    `);
  });
  it('a dataset: a field written twice', () => {
    expect(mistakes('slip-dataset-duplicate')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:19:5 — kind: the field \`kind\` is written twice in this item (first at line 17).
        19 |     kind: "claim"
           |     ^^^^
        hint: keep one of the two lines and delete the other."
    `);
  });
  it('a dataset: a field without its colon', () => {
    expect(mistakes('slip-dataset-missing-colon')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:15:5 — value: this line has no colon after its field name.
        15 |     value 3434
           |     ^^^^^
        hint: write \`value: 3434\`: the field's name, a colon and a space, then its value."
    `);
  });
  it('a dataset: a quote never closed', () => {
    expect(mistakes('slip-dataset-unclosed-quote')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:14:12 — label: the quote that starts here is never closed.
        14 |     label: "ISW estimate, 1 Jan–25 Sep
           |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^
        hint: end the text with \`"\` on this line: \`label: "ISW estimate, 1 Jan–25 Sep"\` (a quote inside the text is written \\")."
    `);
  });
  it("a chapter's frontmatter: a field indented too deep", () => {
    expect(mistakes('slip-frontmatter-too-deep')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/chapters/01-the-plan.mdx:3:4 — order: this line is indented more than the fields above it.
        3 |    order: 1
          |    ^^^^^^
        hint: line \`order:\` up under \`title:\` (line 2), with as many spaces before it."
    `);
  });
  it('a CSV dataset: a row with one cell too many (an unquoted comma)', () => {
    expect(mistakes('slip-csv-more-cells')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/attacks.csv:3:1 — row 3: this row has 9 cells and the header 8: one cell too many.
        3 | attack-2025-11-19-missiles,19 Nov, 2025,48,missiles,official-count,Ukrainian Air Force,glob-news-isw,2025-11-19
          | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        hint: a comma inside a text splits its cell in two: put text that holds a comma in double quotes, e.g. \`"Kyiv, Kharkiv"\`."
    `);
  });
  it('a CSV dataset: a row with one cell too few', () => {
    expect(mistakes('slip-csv-fewer-cells')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/attacks.csv:3:1 — row 3: this row has 7 cells and the header 8: one cell too few.
        3 | attack-2025-11-19-missiles,19 Nov 2025,48,official-count,Ukrainian Air Force,glob-news-isw,2025-11-19
          | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        hint: every row has a cell for each field of the header, in its order; leave a field out with an empty cell (two commas, \`,,\`), never by leaving out its comma."
    `);
  });
});

describe('corrections log', () => {
  it('a correction naming no chapter', () => {
    expect(mistakes('correction-unknown-chapter')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/corrections.yaml:3:12 — [0] (corr-2026-11-30-date).chapter: no chapter has the slug \`the-plam\`.
        3 |   chapter: "the-plam"
          |            ^^^^^^^^^^
        hint: use the \`slug:\` of the chapter the correction changed: \`the-plan\`. Did you mean \`the-plan\`?"
    `);
  });
  it('a correction dated in the future', () => {
    expect(mistakes('correction-in-future')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/corrections.yaml:2:9 — [0] (corr-2099-11-30-date).date: expected the day the correction was published, which is not in the future, found \`2099-11-30\`.
        2 |   date: "2099-11-30"
          |         ^^^^^^^^^^^^
        hint: a correction is dated the day it goes out: write that day, YYYY-MM-DD."
    `);
  });
  it('a correction naming a source that does not exist', () => {
    expect(mistakes('correction-unknown-source')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/corrections.yaml:6:27 — [0] (corr-2026-11-30-date).sources[1]: unknown source \`axois-plan\`.
        6 |   sources: ["axios-plan", "axois-plan"]
          |                           ^^^^^^^^^^^^
        hint: add it to content/data/sources.yaml or use an existing id. Did you mean \`axios-plan\`?"
    `);
  });
  it('a correction without what is right', () => {
    expect(mistakes('correction-missing-field')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/corrections.yaml:1:3 — [0] (corr-2026-11-30-date).right: missing; expected what is right.
        1 | - id: "corr-2026-11-30-date"
          |   ^^
        hint: add a line such as \`right: "Klymenko said 26 people were killed."\`."
    `);
  });
});

describe('sources', () => {
  it('a malformed URL', () => {
    expect(mistakes('source-malformed-url')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:10:8 — [1] (glob-news-isw).url: expected a full web address starting with https://, found \`glob-news.com/en/isw-overstates.html\`.
        10 |   url: "glob-news.com/en/isw-overstates.html"
           |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        hint: start it with https:// — \`url: https://glob-news.com/en/isw-overstates.html\`."
    `);
  });
  it('a source cited nowhere', () => {
    expect(mistakes('source-cited-nowhere')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:17:7 — [3] (reuters-unused): this source is cited nowhere: no chapter, chart, data value, timeline entry, update or correction names it, so the sources list would not show it.
        17 | - id: "reuters-unused"
           |       ^^^^^^^^^^^^^^^^
        hint: cite it in a chapter with <Cite id="reuters-unused">words</Cite> or <Quote source="reuters-unused" by="…">, or from a data value (\`source: reuters-unused\`); or remove it."
    `);
  });
  it('two sources with one id', () => {
    expect(mistakes('source-duplicate-id')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/sources.yaml:12:7 — [2] (axios-plan).id: the id \`axios-plan\` is already used by item [0] of this file.
        12 | - id: "axios-plan"
           |       ^^^^^^^^^^^^
        hint: every item needs its own id; rename one of them."
    `);
  });
});

describe('the remark plugin that Astro runs on each chapter', () => {
  it("reports an unknown figure id with the same message, reading the data from the chapter's project", () => {
    const root = project('mdx-unknown-fig-id');
    const file = path.join(root, 'content/chapters/01-the-plan.mdx');
    const value = readFileSync(file, 'utf8');
    const run = () => remarkExplainer()(unified().use(remarkParse).use(remarkMdx).parse(value) as never, { path: file, value, cwd: '/' });
    expect(run).toThrow(ContentError);
    expect(run).toThrow(mistakes('mdx-unknown-fig-id'));
  });
});

describe('chart files, CSV datasets and derived values', () => {
  it('a chart naming a value that does not exist', () => {
    expect(mistakes('chart-unknown-value')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:11:50 — states.two-dates.bars[1].value: no value has the id \`isw-2025-10-7\`.
        11 |       - { label: "{isw-2025-10-07.date}", value: isw-2025-10-7 }
           |                                                  ^^^^^^^^^^^^^
        hint: value ids live in content/data/datasets/. Did you mean \`isw-2025-10-07\`?"
    `);
  });
  it('a misspelt field in a chart file', () => {
    expect(mistakes('chart-unknown-field')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:6:5 — states.two-dates.captoin: unknown field \`captoin\`.
        6 |     captoin: "ISW's estimate grew from {isw-2025-09-25} to {isw-2025-10-07}."
          |     ^^^^^^^
        hint: Did you mean \`caption\`? The fields here are \`heading\`, \`caption\`, \`summary\`, \`axis\`, \`stacked\`, \`labels\`, \`series\` and \`bars\`."
    `);
  });
  it('a number written as text in a chart file', () => {
    expect(mistakes('chart-wrong-type')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:8:57 — states.two-dates.axis.max: expected a plain number (no commas, no unit, no quotes), found \`5,500\`.
        8 |     axis: { unit: km2, title: "Square kilometres", max: "5,500" }
          |                                                         ^^^^^^^
        hint: write \`max: 5500\`: a plain number, with no commas, unit or quotes."
    `);
  });
  it('a placeholder in a chart text naming no value', () => {
    expect(mistakes('chart-placeholder-unknown')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:6:40 — states.two-dates.caption: the placeholder {isw-2025-0925} names no value.
        6 |     caption: "ISW's estimate grew from {isw-2025-0925} to {isw-2025-10-07}."
          |                                        ^^^^^^^^^^^^^^^
        hint: use the id of a value in content/data/datasets/. Did you mean \`isw-2025-09-25\`?"
    `);
  });
  it('a placeholder asking for a part a value does not have', () => {
    expect(mistakes('chart-placeholder-field')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:7:49 — states.two-dates.summary: the placeholder {isw-2025-09-25.dat} asks for \`dat\`, which a value does not have.
        7 |     summary: "ISW estimates {isw-2025-09-25} by {isw-2025-09-25.dat} and {isw-2025-10-07} by {isw-2025-10-07.date}."
          |                                                 ^^^^^^^^^^^^^^^^^^^^
        hint: write {isw-2025-09-25} for the figure, or {isw-2025-09-25.field} with one of \`number\`, \`date\`, \`period\`, \`by\`, \`label\`. Did you mean \`date\`?"
    `);
  });
  it('an unknown kind of chart', () => {
    expect(mistakes('chart-unknown-kind')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:1:7 — kind: expected one of \`bar\`, \`plan\`, \`matrix\`, \`map\`, found \`bars\`.
        1 | kind: bars
          |       ^^^^
        hint: the kinds are \`bar\`: horizontal bars, grouped or stacked: claims against estimates, counts against counts; \`plan\`: the plan's points as a grid in number order, coloured by theme (content/data/plan-points.yaml); \`matrix\`: rows × columns of short, sourced text cells; a state highlights rows, columns or cells; \`map\`: a map of Ukraine (its regions) or of Europe (its countries) drawn at build time; a state zooms, highlights regions and names places. Did you mean \`bar\`?"
    `);
  });
  it('broken YAML in a chart file', () => {
    expect(mistakes('chart-yaml-syntax')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:5:14 — heading: the quote that starts here is never closed.
        5 |     heading: "Territory taken: two dates
          |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^
        hint: end the text with \`"\` on this line: \`heading: "Territory taken: two dates"\` (a quote inside the text is written \\")."
    `);
  });
  it('a state without its summary', () => {
    expect(mistakes('chart-missing-summary')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:5:5 — states.two-dates.summary: missing; expected a short summary in your own words.
        5 |     heading: "Territory taken, two dates"
          |     ^^^^^^^
        hint: add a line such as \`summary: "What this shows, in a sentence or two."\`."
    `);
  });
  it('an unknown unit on an axis', () => {
    expect(mistakes('chart-unknown-unit')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:8:19 — states.two-dates.axis.unit: expected one of \`km2\`, \`percent\`, \`drones\`, \`missiles\`, \`weapons\`, \`people\`, \`children\`, \`points\`, \`usd-bn\`, \`eur-bn\`, \`days\`, \`years\`, \`regions\`, \`troops\`, \`countries\`, \`settlements\`, \`captured\` or \`rank\`, found \`sqkm\`.
        8 |     axis: { unit: sqkm, title: "Square kilometres" }
          |                   ^^^^
        hint: Did you mean \`km2\`?"
    `);
  });
  it('a bar that names no value', () => {
    expect(mistakes('chart-bar-without-value')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/territory.yaml:11:9 — states.two-dates.bars[1]: a bar needs \`value\` (one series) or \`values\` (one per series).
        11 |       - { label: "{isw-2025-10-07.date}" }
           |         ^
        hint: write \`value: <value-id>\` under the bar's \`label\`."
    `);
  });
  it('a matrix state highlighting a column that does not exist', () => {
    expect(mistakes('matrix-unknown-column')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/versions.yaml:17:28 — states.europe.highlight.columns[0]: unknown column \`eu\`.
        17 |     highlight: { columns: [eu] }
           |                            ^^
        hint: columns are \`us\`, \`europe\`. Did you mean \`us\`?"
    `);
  });
  it('a map state naming a place that content/data/places.yaml does not hold', () => {
    expect(mistakes('map-unknown-place')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/where.yaml:18:14 — states.east.places[0]: unknown place \`pokrovks\`.
        18 |     places: [pokrovks]
           |              ^^^^^^^^
        hint: places are the ids in content/data/places.yaml; add it there with its coordinates and their source. Did you mean \`pokrovsk\`?"
    `);
  });
  it('a map state naming a region that does not exist', () => {
    expect(mistakes('map-unknown-region')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/where.yaml:11:16 — states.country.regions.donetks: unknown region \`donetks\`.
        11 |     regions: { donetks: claimed }
           |                ^^^^^^^
        hint: the regions of a map of Ukraine are listed in docs/data-model.md ("Places and regions"). Did you mean \`donetsk\`?"
    `);
  });
  it('a map state that names no place and no region', () => {
    expect(mistakes('map-state-names-nothing')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/where.yaml:13:3 — states.east: this state names no place and no region, so its map would show nothing the step talks about.
        13 |   east:
           |   ^^^^
        hint: add \`places: [id, …]\` (content/data/places.yaml) or \`regions: { region-id: category-id }\`."
    `);
  });
  it('a place without coordinates', () => {
    expect(mistakes('place-no-coordinates')).toMatchInlineSnapshot(`
      "2 content mistakes stop the build:
      content/data/places.yaml:1:3 — [0] (pokrovsk).lat: missing; expected the latitude in decimal degrees (north positive), as the coordinates' source gives it.
        1 | - id: "pokrovsk"
          |   ^^
        hint: add a line such as \`lat: 48.28014\`.
      content/data/places.yaml:1:3 — [0] (pokrovsk).lon: missing; expected the longitude in decimal degrees (east positive), as the coordinates' source gives it.
        1 | - id: "pokrovsk"
          |   ^^
        hint: add a line such as \`lon: 37.17706\`."
    `);
  });
  it('a place without the source of its coordinates', () => {
    expect(mistakes('place-no-source')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/places.yaml:1:3 — [0] (pokrovsk).source: missing; expected the id of a source in content/data/sources.yaml.
        1 | - id: "pokrovsk"
          |   ^^
        hint: add a line such as \`source: glob-news-isw-2025-10-16\`."
    `);
  });
  it('a matrix row without a cell for a column', () => {
    expect(mistakes('matrix-cell-missing')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/versions.yaml:10:7 — rows[0] (territory).cells: no cell for the column \`europe\`.
        10 |       us: { text: "Estimated at {isw-2025-09-25} taken in 2025", source: axios-plan, flag: confirmed, confirmed_by: "AP" }
           |       ^
        hint: add \`europe: not-reported\` if the sources say nothing; every row has a cell for every column."
    `);
  });
  it('a matrix cell with an unknown flag', () => {
    expect(mistakes('matrix-bad-flag')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/charts/versions.yaml:10:92 — rows[0] (territory).cells.us.flag: expected one of \`confirmed\`, \`single\` or \`weak\`, found \`sure\`.
        10 |       us: { text: "Estimated at {isw-2025-09-25} taken in 2025", source: axios-plan, flag: sure }
           |                                                                                            ^^^^
        hint: Did you mean \`single\`?"
    `);
  });
  it('a CSV dataset with an unknown kind', () => {
    expect(mistakes('csv-unknown-kind')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/attacks.csv:3:52 — values[1] (attack-2025-11-19-missiles).kind: expected one of \`claim\`, \`estimate\`, \`official-count\`, \`reported\`, \`statement\` or \`reference\`, found \`oficial-count\`.
        3 | attack-2025-11-19-missiles,19 Nov 2025,48,missiles,oficial-count,Ukrainian Air Force,glob-news-isw,2025-11-19
          |                                                    ^^^^^^^^^^^^^
        hint: Did you mean \`official-count\`?"
    `);
  });
  it('a CSV value written with a comma', () => {
    expect(mistakes('csv-not-a-number')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/attacks.csv:2:38 — values[0] (attack-2025-11-19-drones).value: expected a plain number (no commas, no unit, no quotes), found \`4,76\`.
        2 | attack-2025-11-19-drones,19 Nov 2025,"4,76",drones,official-count,Ukrainian Air Force,glob-news-isw,2025-11-19
          |                                      ^^^^
        hint: write \`value: 476\`: a plain number, with no commas, unit or quotes."
    `);
  });
  it('a CSV header naming an unknown field', () => {
    expect(mistakes('csv-unknown-field')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/attacks.csv:1:36 — values[0] (attack-2025-11-19-drones).dated: unknown field \`dated\`.
        1 | id,label,value,unit,kind,by,source,dated
          |                                    ^^^^^
        hint: Did you mean \`date\`? The fields here are \`id\`, \`label\`, \`value\`, \`unit\`, \`kind\`, \`by\`, \`source\`, \`date\`, \`from\`, \`qualifier\`, \`note\`, \`series\` and \`denial\`."
    `);
  });
  it('a derived value naming a value that does not exist', () => {
    expect(mistakes('derived-unknown-input')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:35:28 — derived[0] (isw-gain-sep-oct).of[1]: no value has the id \`isw-2025-09-52\`.
        35 |     of: ["isw-2025-10-07", "isw-2025-09-52"]
           |                            ^^^^^^^^^^^^^^^^
        hint: a derived value is computed from values in content/data/datasets/. Did you mean \`isw-2025-09-25\`?"
    `);
  });
  it('a derived difference of values in two units', () => {
    expect(mistakes('derived-unit-mismatch')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/data/datasets/territory.yaml:34:9 — derived[0] (isw-gain-sep-oct).op: \`difference\` needs two values in one unit, found \`km2\` and \`drones\`.
        34 |     op: "difference"
           |         ^^^^^^^^^^^^
        hint: see docs/data-model.md, "Derived values"."
    `);
  });
  it('the story’s dateline written in words in content/site.yaml', () => {
    expect(mistakes('site-bad-dateline')).toMatchInlineSnapshot(`
      "A content mistake stops the build:
      content/site.yaml:3:11 — dateline: expected an "as of" date: the story's (content/site.yaml), or a chapter's own, written YYYY-MM-DD, found \`21 November 2025\`.
        3 | dateline: "21 November 2025"
          |           ^^^^^^^^^^^^^^^^^^
        hint: write the date as YYYY-MM-DD, e.g. 2025-11-20."
    `);
  });
  it('a state no step shows: a warning, and the build goes on', () => {
    const site = checkSite(project('chart-unused-state'));
    expect(site.warnings).toMatchInlineSnapshot(`
      [
        "content/charts/plan.yaml:8:3 — states.security: no <Step state="security"> shows this state, so no reader sees it.
        8 |   security:
          |   ^^^^^^^^
        hint: add a step for it inside <Scrolly chart="plan">, or remove the state.",
      ]
    `);
    expect(checkSite(project('base')).warnings).toEqual([]);
  });
});

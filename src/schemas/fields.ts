// What each field of a data file or chapter frontmatter holds, in an editor's words, with an example.
// The schemas next to this file decide what is valid; this only explains it, in error messages (src/data/teach.ts).
import { DATA_FILES } from '../content-paths';
export interface FieldHelp {
  /** What the field holds: "expected …". */
  expected: string;
  /** A line an editor can copy: `source: glob-news-isw-2025-10-16`. */
  example: string;
}

const text = (what: string, example: string): FieldHelp => ({ expected: what, example: `"${example}"` });
const date = (what: string): FieldHelp => ({ expected: `${what}, written YYYY-MM-DD`, example: '2025-09-25' });

export const FIELD_HELP: Record<string, FieldHelp> = {
  id: { expected: 'an id of lower-case letters, digits and hyphens', example: 'isw-2025-09-25' },
  source: { expected: `the id of a source in ${DATA_FILES.sources}`, example: 'glob-news-isw-2025-10-16' },
  value: { expected: 'a plain number (no commas, no unit, no quotes)', example: '3434' },
  unit: { expected: 'a unit', example: 'km2' },
  kind: { expected: 'a kind of figure', example: 'estimate' },
  qualifier: { expected: 'a hedge', example: 'about' },
  theme: { expected: 'a theme', example: 'territory' },
  date: date('the date the figure or event describes'),
  from: date('the first day of the period'),
  published: date('the date the page was published'),
  url: { expected: 'a full web address starting with https://', example: 'https://www.reuters.com/world/…' },
  label: text('a short label for charts and tables', 'ISW estimate, 1 Jan–25 Sep'),
  title: text('a title', 'Battlefield claims'),
  by: text('whose figure or words these are', 'Russian Defence Ministry'),
  publisher: text('who published the page', 'The Spokesman-Review (Reuters)'),
  text: text('text', 'What happened, in a sentence.'),
  summary: text('a short summary in your own words', 'What this shows, in a sentence or two.'),
  max: { expected: 'a plain number (no commas, no unit, no quotes)', example: '5500' },
  reported_by: text('who reported it', 'Axios, The Telegraph'),
  note: text('a short caveat', 'date inferred'),
  series: text('a series name', 'drones'),
  standfirst: text('one sentence under the chapter title', 'What this chapter shows, in a sentence.'),
  slug: { expected: "the chapter's address, lower-case words joined by hyphens", example: 'battlefield-claims' },
  order: { expected: "a whole number from 1: the chapter's place in the explainer", example: '4' },
  draft: { expected: 'true or false', example: 'true' },
  dateline: date('an "as of" date: the story\'s (content/site.yaml), or a chapter\'s own'),
  op: { expected: 'how the value is computed', example: 'difference' },
  of: { expected: 'a list of value ids, e.g. [mod-2025-09-25, isw-2025-09-25]', example: '[mod-2025-09-25, isw-2025-09-25]' },
  heading: text('the heading shown above the chart in this state', 'Territory taken, 1 January – 25 September 2025'),
  caption: text('the caption shown under the chart in this state', 'Like for like: the same period, measured two ways.'),
  states: { expected: 'a list of states, each `state-id:` with its heading, caption and summary', example: '' },
  bars: { expected: 'a list of bars, each `- label:` with its `value`', example: '' },
  axis: { expected: 'the axis, with `unit` and `title`', example: '' },
  highlight: { expected: 'what to bring forward', example: '' },
  flag: { expected: 'how sure the fact sheet is', example: 'confirmed' },
  stacked: { expected: 'true or false', example: 'true' },
  verified: { expected: 'true or false', example: 'true' },
  title_is_description: { expected: 'true or false', example: 'true' },
  reliability: { expected: 'how sure the reporting is', example: 'confirmed' },
  number_from_mirrors: { expected: 'true or false', example: 'true' },
  point: { expected: 'the point’s number, a whole number from 1 to 28', example: '6' },
  values: { expected: 'a list of values, each starting with `- id:`', example: '' },
  lat: { expected: "the latitude in decimal degrees (north positive), as the coordinates' source gives it", example: '48.28014' },
  lon: { expected: "the longitude in decimal degrees (east positive), as the coordinates' source gives it", example: '37.17706' },
  region: { expected: 'the id of the region the place lies in (docs/data-model.md, "Places and regions")', example: 'donetsk' },
  name: text('the name as the fact sheets spell it', 'Kupiansk'),
  denial: { expected: 'a denial with `by`, `text`, `source` and `date`', example: '' },
};

export function helpFor(field: string | number | undefined): FieldHelp {
  return (typeof field === 'string' && FIELD_HELP[field]) || { expected: 'a value', example: '' };
}
